import "server-only";
import englishChange from "../../messages/en/changePlan.json";
import english from "../../messages/en/planBuilder.json";
import englishEntries from "../../messages/en/planEntries.json";
import englishLookBack from "../../messages/en/lookBack.json";
import englishQuestions from "../../messages/en/planQuestions.json";
import frenchChange from "../../messages/fr-CA/changePlan.json";
import french from "../../messages/fr-CA/planBuilder.json";
import frenchEntries from "../../messages/fr-CA/planEntries.json";
import frenchLookBack from "../../messages/fr-CA/lookBack.json";
import frenchQuestions from "../../messages/fr-CA/planQuestions.json";
import type { ChangeQuestionWords } from "../plan/change-questions";
import type { EntryWords } from "../plan/entry-kinds/worded-kind";
import type { PlanWords } from "../plan/plan-words";
import type { QuestionWords } from "../plan/questions";
import type { LookBackWords } from "../plan/risk-questions";

const builder: Record<string, PlanWords> = { en: english, "fr-CA": french };
const questions: Record<string, QuestionWords> = { en: englishQuestions, "fr-CA": frenchQuestions };
const changeQuestions: Record<string, ChangeQuestionWords> = {
  en: englishChange.questions,
  "fr-CA": frenchChange.questions,
};

const entries: Record<string, EntryWords> = { en: englishEntries, "fr-CA": frenchEntries };

/** The entry kinds' words (labels, headings, checklist suggestions) for a locale; English for any other. */
export const entryWordsFor = (locale: string): EntryWords => entries[locale] ?? englishEntries;

/** The builder's words for a locale the site speaks; English for any other. */
export const planWordsFor = (locale: string): PlanWords => builder[locale] ?? english;

/** The safety plan's questions' words for a locale; English for any other. */
export const questionWordsFor = (locale: string): QuestionWords => questions[locale] ?? englishQuestions;

/** The change plan's questions' words for a locale; English for any other. */
export const changeQuestionWordsFor = (locale: string): ChangeQuestionWords =>
  changeQuestions[locale] ?? englishChange.questions;

const lookBack: Record<string, LookBackWords> = { en: englishLookBack, "fr-CA": frenchLookBack };

/** The look back's words (questions, answers, how answers moved) for a locale; English for any other. */
export const lookBackWordsFor = (locale: string): LookBackWords => lookBack[locale] ?? englishLookBack;
