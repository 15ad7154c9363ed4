import type { ChangeQuestionWords } from "../plan/change-questions";
import type { EntryWords } from "../plan/entry-kinds/worded-kind";
import type { HistoryWords } from "../plan/history-words";
import type { PlanWords } from "../plan/plan-words";
import type { QuestionWords } from "../plan/questions";
import type { LookBackWords } from "../plan/risk-questions";

/** One language's plan words as the content build bundles them (`loadPlanWords`). */
export type LanguagePlanWords = {
  planBuilder: PlanWords;
  planQuestions: QuestionWords;
  changePlan: { questions: ChangeQuestionWords };
  planEntries: EntryWords;
  lookBack: LookBackWords;
  planHistory: HistoryWords;
};

/** The words for `locale` if the bundle has them, else the default language's (the first in the locales file). */
export function planWordsIn(
  all: Partial<Record<string, LanguagePlanWords>>,
  locale: string,
  fallback: string,
): LanguagePlanWords {
  const words = all[locale] ?? all[fallback];
  if (!words) throw new Error(`The content bundle has no plan words for ${fallback}; run the content build.`);
  return words;
}
