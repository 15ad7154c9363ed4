import { expect, type Locator, type Page } from "@playwright/test";

/** The zone the history tests' browsers say they are in (Playwright's timezoneId). */
export const LOCAL_ZONE = "America/Vancouver";
export const LOCAL_ZONE_LABEL = "America / Vancouver";

/** "Dec 1, 2026, 2:00 a.m.": a saved time as someone in `zone` reads it on the page. */
export function localTime(iso: string, zone = LOCAL_ZONE): string {
  return new Intl.DateTimeFormat("en-CA", { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(
    new Date(iso),
  );
}

/** The history's entries, newest first. */
export function historyEntries(page: Page): Locator {
  return page.locator("[data-revisions] [data-revision]");
}

/** The entry whose one-line summary of what changed is exactly this. */
export function entryWithChange(page: Page, change: string): Locator {
  return historyEntries(page).filter({ has: page.locator("[data-change]", { hasText: change }) });
}

/** Every time on the history page reads in the person's zone, never as UTC. */
export async function expectLocalTimes(page: Page): Promise<void> {
  const times = page.locator("[data-revisions] time");
  expect(await times.count()).toBeGreaterThan(0);
  for (const time of await times.all()) {
    const iso = (await time.getAttribute("datetime")) ?? "";
    await expect(time).toContainText(`(${localTime(iso)})`);
    await expect(time).not.toContainText("UTC");
  }
}

/** Chooses the time zone in the display settings, as someone without JavaScript does. */
export async function chooseTimeZone(page: Page, label = LOCAL_ZONE_LABEL): Promise<void> {
  await page.goto("/account/display");
  await page.getByLabel("Time zone", { exact: true }).selectOption({ label });
  await page.getByRole("button", { name: "Save the time zone" }).click();
  await expect(page.locator("[data-time-zone-form]").getByRole("status")).toHaveText(
    "Saved. Times are now shown in this zone.",
  );
}
