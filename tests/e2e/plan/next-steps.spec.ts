import { test } from "@/tests/e2e/support/fixtures";
import { nextStepsJourney } from "@/tests/e2e/support/next-steps-journey";

test("priorities change the next steps; Done and Pick a different one each replace a step", async ({ page }) => {
  test.setTimeout(90_000);
  await nextStepsJourney(page);
});
