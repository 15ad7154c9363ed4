import "server-only";
import { defaultLocale } from "../../i18n/locales";
import type { ChangeQuestionWords } from "../plan/change-questions";
import type { EntryWords } from "../plan/entry-kinds/worded-kind";
import type { HistoryWords } from "../plan/history-words";
import type { PlanWords } from "../plan/plan-words";
import type { QuestionWords } from "../plan/questions";
import type { LookBackWords } from "../plan/risk-questions";
import bundle from "./generated/content.json";
import { planWordsIn, type LanguagePlanWords } from "./plan-words-in";

// Every language in i18n/locales.json, as the content build read it from messages/<code>/.
const planWords = (bundle as unknown as { planWords: Partial<Record<string, LanguagePlanWords>> }).planWords;
const wordsFor = (locale: string) => planWordsIn(planWords, locale, defaultLocale);

/** The entry kinds' words (labels, headings, checklist suggestions) for a locale; English for any other. */
export const entryWordsFor = (locale: string): EntryWords => wordsFor(locale).planEntries;

/** The builder's words for a locale the site speaks; English for any other. */
export const planWordsFor = (locale: string): PlanWords => wordsFor(locale).planBuilder;

/** The safety plan's questions' words for a locale; English for any other. */
export const questionWordsFor = (locale: string): QuestionWords => wordsFor(locale).planQuestions;

/** The change plan's questions' words for a locale; English for any other. */
export const changeQuestionWordsFor = (locale: string): ChangeQuestionWords => wordsFor(locale).changePlan.questions;

/** The look back's words (questions, answers, how answers moved) for a locale; English for any other. */
export const lookBackWordsFor = (locale: string): LookBackWords => wordsFor(locale).lookBack;

/** The history's words (what changed, the kinds of snapshot, restoring) for a locale; English for any other. */
export const historyWordsFor = (locale: string): HistoryWords => wordsFor(locale).planHistory;
