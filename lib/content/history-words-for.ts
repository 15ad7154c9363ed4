import "server-only";
import english from "../../messages/en/planHistory.json";
import french from "../../messages/fr-CA/planHistory.json";
import type { ChangePlanChangesIn } from "../plan/describe-change-plan-changes";
import { changePlanSectionsIn } from "../plan/change-plan-template";
import { changeQuestionsIn } from "../plan/change-questions";
import type { ChangesIn, HistoryWords } from "../plan/history-words";
import { questionsIn } from "../plan/questions";
import { safetyPlanSectionsIn } from "../plan/safety-plan-template";
import {
  changeQuestionWordsFor,
  entryWordsFor,
  lookBackWordsFor,
  planWordsFor,
  questionWordsFor,
} from "./plan-words-for";

const history: Record<string, HistoryWords> = { en: english, "fr-CA": french };

/** The history's words (what changed, the kinds of snapshot, restoring) for a locale; English for any other. */
export const historyWordsFor = (locale: string): HistoryWords => history[locale] ?? english;

const known = (locale: string) => (locale in history ? locale : "en");

/** What "what changed" in a safety plan is said with, in a locale's words. */
export function changesIn(locale: string): ChangesIn {
  const planWords = planWordsFor(locale);
  return {
    words: historyWordsFor(locale).changes,
    locale: known(locale),
    questions: questionsIn(questionWordsFor(locale), planWords),
    sections: safetyPlanSectionsIn(planWords),
    entries: entryWordsFor(locale),
    moves: { words: lookBackWordsFor(locale), locale: known(locale) },
  };
}

/** What "what changed" in a change plan is said with, in a locale's words. */
export function changePlanChangesIn(locale: string): ChangePlanChangesIn {
  return {
    words: historyWordsFor(locale).changes,
    locale: known(locale),
    questions: changeQuestionsIn(changeQuestionWordsFor(locale), questionWordsFor(locale)),
    sections: changePlanSectionsIn(planWordsFor(locale)),
  };
}
