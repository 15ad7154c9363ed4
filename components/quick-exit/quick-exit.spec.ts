import {
  expectNoAppContent,
  expectOnNeutralSite,
  quickExitButton,
  quickExitSkipLink,
  tapShift,
} from "@/tests/e2e/support/app-page";
import { neutralCode } from "@/lib/content/neutral-code";
import { guidePath } from "@/lib/site/site-routes";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { NEUTRAL_EXIT_URL } from "@/tests/e2e/support/neutral-site";

test.describe("each way in leaves for the neutral site", () => {
  test("the Quick exit button", async ({ page }) => {
    await page.goto("/planner");
    await quickExitButton(page).click();
    await expectOnNeutralSite(page);
  });

  test("Shift pressed three times", async ({ page }) => {
    await page.goto("/links");
    await tapShift(page, 3);
    await expectOnNeutralSite(page);
  });

  test("Tab once reaches the skip link, then Enter", async ({ page }) => {
    await page.goto("/contacts");
    await page.keyboard.press("Tab");
    await expect(quickExitSkipLink(page)).toBeFocused();
    await expect(quickExitSkipLink(page)).toBeVisible();
    await page.keyboard.press("Enter");
    await expectOnNeutralSite(page);
  });
});

test("Back after an exit never brings the app back", async ({ page }) => {
  const before = "https://before.example/";
  await page.goto(before);
  await page.goto("/");
  const navigation = page.getByRole("navigation", { name: "Main" });
  await navigation.getByRole("link", { name: "Make a plan" }).click();
  await expect(page).toHaveURL(/\/planner$/);
  await navigation.getByRole("link", { name: "Resources" }).click();
  await expect(page).toHaveURL(/\/links$/);

  await quickExitButton(page).click();
  await expectOnNeutralSite(page);

  await page.goBack();
  await expect(page).toHaveURL(before);
  await expectNoAppContent(page);
});

test("Back after an exit never brings the app back, even after a link in a guidance page and a skip link", async ({
  page,
}) => {
  const before = "https://before.example/";
  await page.goto(before);
  await page.goto(guidePath(neutralCode("guide", "safety-when-leaving")));
  const heading = page.getByRole("heading", { level: 1 });
  const firstTitle = await heading.innerText();
  // Links inside guidance text are plain links, not the app's own.
  await page.locator(".guidance-body a[href^='/guide/']").first().click();
  await expect(heading).not.toHaveText(firstTitle);
  // Which Tab reaches it is site-shell.spec.ts's concern; here it only matters that following it adds no entry.
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await skip.focus();
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await quickExitButton(page).click();
  await expectOnNeutralSite(page);

  await page.goBack();
  await expect(page).toHaveURL(before);
  await expectNoAppContent(page);
});

test("the page is hidden before the browser starts to leave", async ({ page }) => {
  const screens: Screen[] = [];
  await page.exposeFunction("__e2eReportScreen", (screen: Screen) => screens.push(screen));
  // The Navigation API's navigate event fires as the navigation starts, before any request is sent.
  await page.addInitScript(readScreenWhenLeaving, NEUTRAL_EXIT_URL);

  await page.goto("/");
  await quickExitButton(page).click();
  await expectOnNeutralSite(page);

  await expect
    .poll(() => screens)
    .toEqual([
      {
        overlayShown: true,
        overlayCoversViewport: true,
        mainShown: false,
        headerShown: false,
        navShown: false,
        footerShown: false,
        visibleText: "",
        announced: "Quick exit: leaving this site.",
        announcerInAccessibilityTree: true,
      },
    ]);
});

// The session is ended by a beacon sent as the page hides, which Playwright's page no longer reports:
// that the server really ends the session is tested in tests/e2e/accounts/quick-exit.spec.ts, and the
// order (cover, navigation, then the beacon on pagehide) in install-quick-exit.test.ts.

type Screen = {
  overlayShown: boolean;
  overlayCoversViewport: boolean;
  mainShown: boolean;
  headerShown: boolean;
  navShown: boolean;
  footerShown: boolean;
  visibleText: string;
  announced: string;
  announcerInAccessibilityTree: boolean;
};

function readScreenWhenLeaving(exitUrl: string): void {
  const report = (window as unknown as { __e2eReportScreen: (screen: Screen) => void }).__e2eReportScreen;
  const navigationApi = (window as unknown as { navigation: EventTarget }).navigation;
  navigationApi.addEventListener("navigate", (event) => {
    if ((event as Event & { destination: { url: string } }).destination.url !== exitUrl) return;
    const overlay = document.getElementById("quick-exit-overlay");
    const announcer = document.getElementById("quick-exit-announcer");
    const shown = (selector: string) => document.querySelector(selector)?.checkVisibility() ?? false;
    report({
      overlayShown: overlay?.checkVisibility() ?? false,
      overlayCoversViewport: overlay
        ? overlay.getBoundingClientRect().width >= window.innerWidth &&
          overlay.getBoundingClientRect().height >= window.innerHeight
        : false,
      mainShown: shown("main"),
      headerShown: shown("header"),
      navShown: shown("nav"),
      footerShown: shown("footer"),
      // The live region is visually hidden: what it says is heard, not seen.
      visibleText: document.body.innerText
        .split("\n")
        .filter((line) => line.trim() !== "" && line !== announcer?.textContent)
        .join("\n"),
      announced: announcer?.textContent ?? "",
      announcerInAccessibilityTree: announcer?.checkVisibility() ?? false,
    });
  });
}
