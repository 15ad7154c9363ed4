import english from "../../messages/en/planHistory.json";
import englishEntries from "../../messages/en/planEntries.json";
import englishLookBack from "../../messages/en/lookBack.json";
import type { EntryWords } from "./entry-kinds/worded-kind";
import type { Question } from "./questions";
import { questions } from "./questions";
import type { MovesIn } from "./reflection-changes";
import { safetyPlanSections } from "./safety-plan-template";

/** The history's words in one language, from messages/<locale>/planHistory.json. */
export type HistoryWords = typeof english;
export type ChangeWords = HistoryWords["changes"];

export type Titled<S extends { id: string; title: string }> = Pick<S, "id" | "title">;

/** Everything "what changed" in a safety plan is said with: its sentences and the plan's own words, in one language. */
export type ChangesIn = {
  words: ChangeWords;
  /** The reader's locale, for dates and plurals ("en" reads as en-CA). */
  locale: string;
  questions: readonly Question[];
  sections: readonly Titled<(typeof safetyPlanSections)[number]>[];
  entries: EntryWords;
  moves: MovesIn;
};

export const changesInEnglish: ChangesIn = {
  words: english.changes,
  locale: "en",
  questions,
  sections: safetyPlanSections,
  entries: englishEntries,
  moves: { words: englishLookBack, locale: "en" },
};

/** The locale Intl formats a reader's dates in: English here is Canadian English. */
export const intlLocale = (locale: string) => (locale === "en" ? "en-CA" : locale);
