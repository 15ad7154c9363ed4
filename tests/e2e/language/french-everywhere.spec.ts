import { signedInOnlyPaths } from "../support/app-page";
import { expect, test } from "../support/fixtures";
import { englishLeftOn } from "../support/english-left";
import { answerFirstQuestionsInFrench } from "../support/french-plan";
import { signedInPlanPaths } from "../support/plan";

// A browser set to Canadian French: every page a signed-in person can open must be French.
test.use({ locale: "fr-CA" });

// The plan's own parts are read from the plan page below: only the parts this person's plan has.
const PLAN_PAGES = [
  "/planner",
  "/journal",
  ...signedInPlanPaths.filter((path) => !path.startsWith("/planner/section/")),
];
const ACCOUNT_PAGES = [...signedInOnlyPaths];
const PUBLIC_PAGES = ["/", "/contacts", "/links", "/reading", "/privacy", "/about", "/search", "/sign-in", "/recover"];

test("a signed-in French reader finds no English on any page of the site", async ({ page }) => {
  test.setTimeout(180_000);
  const { username } = await answerFirstQuestionsInFrench(page);
  await page.goto("/planner");
  const sections = await page
    .locator('main a[href^="/planner/section/"]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("href") ?? ""))]);
  expect(sections.length).toBeGreaterThan(3);
  await page.goto("/planner/history");
  const revisions = await page
    .locator('main a[href^="/planner/history/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(revisions.length).toBeGreaterThan(0);

  const found: Record<string, string[]> = {};
  for (const address of [...PLAN_PAGES, ...sections, revisions[0]!, ...ACCOUNT_PAGES, ...PUBLIC_PAGES]) {
    const answer = await page.goto(address);
    expect(answer?.status(), address).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
    const english = await englishLeftOn(page, [username]);
    if (english.length > 0) found[address] = english;
  }
  expect(found).toEqual({});
});
