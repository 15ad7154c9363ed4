import { expect, type Page } from "@playwright/test";
import { neutralCode } from "@/lib/content/neutral-code";
import { guidePath, linksForPath, NOTE_ROUTE, siteRoutes, topicPath } from "@/lib/site/site-routes";
import { NEUTRAL_EXIT_URL, NEUTRAL_PAGE_TEXT } from "./neutral-site";

/** Every route of the app, plus an address that has no page. */
export const appPaths = [
  ...Object.values(siteRoutes).map((route) => route.href),
  guidePath(neutralCode("guide", "safety-when-leaving")),
  guidePath(neutralCode("guide", "how-this-app-protects-you")),
  topicPath(neutralCode("audience", "survivors")),
  linksForPath(neutralCode("audience", "people-who-used-violence")),
  // A helper's note: no account, opened by a link's fragment or a code.
  NOTE_ROUTE,
];
export const MISSING_PATH = "/no-page-here";

/** Routes that show personal data: signed out, they redirect (307) to the sign-in page. */
export const signedInOnlyPaths: ReadonlySet<string> = new Set(
  [
    siteRoutes.account,
    siteRoutes.changePassphrase,
    siteRoutes.sessions,
    siteRoutes.displaySettings,
    siteRoutes.deleteAccount,
    siteRoutes.planKind,
  ].map((route) => route.href),
);

/** The quick exit in the sticky bar (the skip link shares the marker but has its own name). */
export function quickExitButton(page: Page) {
  return page.getByRole("link", { name: "Quick exit", exact: true });
}

export function quickExitSkipLink(page: Page) {
  return page.getByRole("link", { name: "Quick exit: leave this site now" });
}

export function liveRegion(page: Page) {
  return page.locator("#quick-exit-announcer");
}

export async function expectOnNeutralSite(page: Page): Promise<void> {
  await expect(page).toHaveURL(NEUTRAL_EXIT_URL);
  await expect(page.getByText(NEUTRAL_PAGE_TEXT)).toBeVisible();
}

/** Nothing of the app is on screen: not its address, not its landmarks, not its words. */
export async function expectNoAppContent(page: Page): Promise<void> {
  expect(new URL(page.url()).hostname).not.toBe("127.0.0.1");
  await expect(page.locator("main, header, nav, footer")).toHaveCount(0);
  await expect(page.getByText(/quick exit|take this at your own pace/i)).toHaveCount(0);
}

/** Presses Shift on its own, the way a person taps it. */
export async function tapShift(page: Page, times = 1): Promise<void> {
  for (let press = 0; press < times; press += 1) await page.keyboard.press("Shift");
}

/** Stops the page's clock, so only fastForward moves time and slow key presses cannot add to it. */
export async function pauseClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1_000);
}
