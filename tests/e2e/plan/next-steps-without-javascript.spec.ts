import { test } from "@/tests/e2e/support/fixtures";
import { nextStepsJourney } from "@/tests/e2e/support/next-steps-journey";

// Done, Pick a different one and the tools menu are plain forms and a <details>.
test.use({ javaScriptEnabled: false });

test("without JavaScript, priorities change the next steps and each button replaces a step", async ({ page }) => {
  test.setTimeout(90_000);
  await nextStepsJourney(page);
});
