import { expect, test } from "@/tests/e2e/support/fixtures";
import { answerFirstQuestionsInFrench } from "@/tests/e2e/support/french-plan";
import { wcagViolations } from "@/tests/e2e/support/plan";

test.use({ locale: "fr-CA" });

test("the French plan page and questions page have no WCAG violations at 320 and 1280 px", async ({ page }) => {
  test.setTimeout(90_000);
  await answerFirstQuestionsInFrench(page);
  const found = [];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const address of ["/planner", "/planner/questions", "/planner/section/trusted-people", "/journal"]) {
      await page.goto(address);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
      found.push(...(await wcagViolations(page, `${address} in French at ${width} px`)));
    }
  }
  expect(found).toEqual([]);
});
