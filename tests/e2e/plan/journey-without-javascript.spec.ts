import { test } from "@/tests/e2e/support/fixtures";
import { planJourney } from "@/tests/e2e/support/plan-journey";

// Every plan form posts as a plain HTML form; the Save buttons do what autosave does.
test.use({ javaScriptEnabled: false });

test("a plan from questions to wallet card, with the Save buttons and no JavaScript", async ({ page }) => {
  test.setTimeout(120_000);
  await planJourney(page, "button");
});
