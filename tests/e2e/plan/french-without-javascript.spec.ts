import { test } from "@/tests/e2e/support/fixtures";
import {
  answerChangeQuestionsInFrench,
  answerFirstQuestionsInFrench,
  expectPartInFrench,
  expectPlanInFrench,
  markFirstStepDoneInFrench,
  tickFrenchSuggestion,
} from "@/tests/e2e/support/french-plan";

// The same French journeys as plain HTML forms: the words come from the server, not from the browser.
test.use({ locale: "fr-CA", javaScriptEnabled: false });

test("without JavaScript, a French reader answers the first questions and sees the plan in French", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await answerFirstQuestionsInFrench(page);
  await expectPlanInFrench(page);
  await markFirstStepDoneInFrench(page);
  await expectPartInFrench(page);
  await tickFrenchSuggestion(page);
});

test("without JavaScript, the change plan's questions are in French", async ({ page }) => {
  test.setTimeout(60_000);
  await answerChangeQuestionsInFrench(page);
});
