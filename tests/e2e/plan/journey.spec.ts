import { test } from "@/tests/e2e/support/fixtures";
import { planJourney } from "@/tests/e2e/support/plan-journey";

test("a plan from questions to wallet card, saved as the person types", async ({ page }) => {
  test.setTimeout(120_000);
  await planJourney(page, "autosave");
});
