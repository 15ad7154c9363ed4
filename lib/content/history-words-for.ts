import "server-only";
import { defaultLocale, isSupportedLocale } from "../../i18n/locales";
import type { ChangePlanChangesIn } from "../plan/describe-change-plan-changes";
import { changePlanSectionsIn } from "../plan/change-plan-template";
import { changeQuestionsIn } from "../plan/change-questions";
import type { ChangesIn } from "../plan/history-words";
import { questionsIn } from "../plan/questions";
import { safetyPlanSectionsIn } from "../plan/safety-plan-template";
import {
  changeQuestionWordsFor,
  entryWordsFor,
  historyWordsFor,
  lookBackWordsFor,
  planWordsFor,
  questionWordsFor,
} from "./plan-words-for";

const known = (locale: string) => (isSupportedLocale(locale) ? locale : defaultLocale);

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
