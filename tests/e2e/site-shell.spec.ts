import { mainNavigation } from "@/lib/site/site-routes";
import { appPaths, MISSING_PATH, quickExitSkipLink } from "./support/app-page";
import { expect, test } from "./support/fixtures";

const NAVIGATION_LABELS = ["Get help now", "Make a plan", "Help someone", "Resources", "How we protect you"];
const REVEALING_WORDS =
  /\b(violen\w*|abus\w*|assault\w*|safety|safe|plan|help|exit|escape|danger\w*|victim\w*|survivor\w*|shelter|crisis|partner)\b/i;

test("the skip links come first, and the second moves focus to the main content", async ({ page }) => {
  await page.goto("/links");
  await page.keyboard.press("Tab");
  await expect(quickExitSkipLink(page)).toBeFocused();
  await page.keyboard.press("Tab");
  const skipToContent = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipToContent).toBeFocused();
  await expect(skipToContent).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("main :focus")).toHaveCount(1);
});

test("after moving to another page inside the app, the first Tab reaches the quick exit skip link", async ({
  page,
}) => {
  const heading = page.getByRole("heading", { level: 1 });
  await page.goto("/");

  // By mouse, from the main menu, which stays on screen from page to page.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Resources" }).click();
  await expect(heading).toHaveText("Resources");
  await page.keyboard.press("Tab");
  await expect(quickExitSkipLink(page)).toBeFocused();

  // By keyboard, from the footer at the bottom of the page.
  await page.getByRole("contentinfo").getByRole("link", { name: "About quick exit" }).focus();
  await page.keyboard.press("Enter");
  await expect(heading).toHaveText("About quick exit");
  await page.keyboard.press("Tab");
  await expect(quickExitSkipLink(page)).toBeFocused();

  // From a link in the page's own text.
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Search the guidance" }).click();
  await expect(heading).toHaveText("Search the guidance");
  await page.keyboard.press("Tab");
  await expect(quickExitSkipLink(page)).toBeFocused();
  await expect(quickExitSkipLink(page)).toBeVisible();
});

test("the main navigation has the five sections, in order", async ({ page }) => {
  await page.goto("/");
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  await expect(links).toHaveText(NAVIGATION_LABELS);
  for (const route of mainNavigation) {
    await expect(links.filter({ hasText: route.navLabel })).toHaveAttribute("href", route.href);
  }
});

test("the footer has phone links for the crisis lines of all of Canada, says where 911 does not reach, and leads to each province's lines", async ({
  page,
}) => {
  await page.goto("/planner");
  const footer = page.getByRole("contentinfo");
  for (const [label, href] of [
    ["911", "tel:911"],
    ["988", "tel:988"],
  ]) {
    await expect(footer.getByRole("link", { name: label, exact: true })).toHaveAttribute("href", href as string);
  }
  await expect(footer.locator('a[href="tel:911"]')).toHaveCount(1);
  const entries = footer.getByRole("listitem");
  await expect(entries.filter({ hasText: "911" }).first()).toContainText(
    "Emergency services (911) (Canada, except Nunavut):",
  );
  await expect(footer).not.toContainText("1-866-863-0511");
  await expect(footer.getByRole("link", { name: "Lines for each province and territory" })).toHaveAttribute(
    "href",
    "/contacts",
  );
});

test("printing keeps the page content and leaves out the site around it", async ({ page }) => {
  await page.goto("/reading");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("header")).toBeHidden();
  await expect(page.locator("nav")).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  await expect(page.locator("[data-quick-exit]:visible")).toHaveCount(0);
});

test("page titles say nothing about what the site is for", async ({ page }) => {
  for (const path of [...appPaths, MISSING_PATH]) {
    await page.goto(path);
    const title = await page.title();
    expect(title, path).not.toBe("");
    expect(title, path).not.toMatch(REVEALING_WORDS);
  }
});

test("following links inside the app adds no history entries", async ({ page }) => {
  await page.goto("/");
  const startLength = await page.evaluate(() => history.length);
  const navigation = page.getByRole("navigation", { name: "Main" });
  for (const label of NAVIGATION_LABELS) {
    await navigation.getByRole("link", { name: label }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
  }
  await page.getByRole("contentinfo").getByRole("link", { name: "About quick exit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About quick exit");
  await page.getByRole("banner").getByRole("link", { name: "Harbour" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);

  expect(await page.evaluate(() => history.length)).toBe(startLength);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page still shows its content", async ({ page }) => {
    for (const path of [...appPaths, MISSING_PATH]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
      expect((await page.getByRole("main").innerText()).length, path).toBeGreaterThan(80);
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(NAVIGATION_LABELS);
    }
  });

  test("links between pages still work", async ({ page }) => {
    await page.goto("/");
    for (const route of mainNavigation) {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: route.navLabel }).click();
      await expect(page).toHaveURL(new RegExp(`${route.href}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(route.navLabel);
    }
  });
});
