import type { Page } from "@playwright/test";
import { liveRegion, tapShift } from "@/tests/e2e/support/app-page";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { guardContext } from "@/tests/e2e/support/guard-context";
import { NEUTRAL_EXIT_URL } from "@/tests/e2e/support/neutral-site";

async function expectLockedScreen(page: Page): Promise<void> {
  const overlay = page.locator("#quick-exit-overlay");
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText("This page was closed.");
  await expect(page.getByRole("main")).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.locator("h1")).toBeHidden();
}

test("a page shown again from the back/forward cache is locked", async ({ page }) => {
  await page.goto("/planner");
  await tapShift(page);
  await expect(liveRegion(page)).not.toHaveText("");
  await page.evaluate(() => {
    window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true }));
  });
  await expectLockedScreen(page);
  await expect(liveRegion(page), "nothing left over is read out").toHaveText("");

  const overlay = page.locator("#quick-exit-overlay");
  await overlay.getByRole("link", { name: "Open the home page" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByRole("main")).toBeVisible();
  await expect(overlay).toHaveCount(0);
});

test("a normal page load is not locked", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.locator("#quick-exit-overlay")).toHaveCount(0);
});

test("a real restore from the back/forward cache shows the locked screen", async ({
  playwright,
  launchOptions,
  baseURL,
}) => {
  // Playwright turns the cache off by default, and Chromium keeps no page sent with no-store.
  // Safari does keep such pages, so the test lets the cache on and takes the header off.
  const browser = await playwright.chromium.launch({
    ...launchOptions,
    ignoreDefaultArgs: ["--disable-back-forward-cache"],
  });
  const context = await browser.newContext({ baseURL });
  try {
    const guards = await guardContext(context);
    await context.route(
      (url) => url.hostname === "127.0.0.1",
      async (route) => {
        const response = await route.fetch();
        const headers = response.headers();
        delete headers["cache-control"];
        await route.fulfill({ response, headers });
      },
    );
    const page = await context.newPage();
    await page.goto("/planner");
    await expect(page.getByRole("main")).toBeVisible();
    await page.evaluate(() => Object.assign(window, { __e2eBeforeLeaving: true }));

    await page.goto(NEUTRAL_EXIT_URL);
    // A page restored from the cache fires no load event, so only the commit is awaited.
    await page.goBack({ waitUntil: "commit" });

    expect(await page.evaluate(() => "__e2eBeforeLeaving" in window), "restored, not reloaded").toBe(true);
    await expectLockedScreen(page);
    expect(guards).toEqual({ offHostRequests: [], cspViolations: [] });
  } finally {
    // Requests still passing through the route when the test ends must not fail it.
    await context.unrouteAll({ behavior: "ignoreErrors" });
    await browser.close();
  }
});
