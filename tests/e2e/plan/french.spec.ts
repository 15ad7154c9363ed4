import { test } from "@/tests/e2e/support/fixtures";
import {
  answerChangeQuestionsInFrench,
  answerFirstQuestionsInFrench,
  expectPartInFrench,
  expectPlanInFrench,
  markFirstStepDoneInFrench,
  tickFrenchSuggestion,
} from "@/tests/e2e/support/french-plan";

// A browser set to Canadian French sends Accept-Language: fr-CA; no language is chosen on the site.
test.use({ locale: "fr-CA" });

test("a French reader answers the first questions and sees the plan, its next steps and a part in French", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await answerFirstQuestionsInFrench(page);
  await expectPlanInFrench(page);
  await markFirstStepDoneInFrench(page);
  await expectPartInFrench(page);
  await tickFrenchSuggestion(page);
});

test("a French reader answers the change plan's questions in French and sees its parts and ideas in French", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await answerChangeQuestionsInFrench(page);
});
