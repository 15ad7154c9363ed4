import { useLocale, useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { entryWordsFor } from "@/lib/content/plan-words-for";
import type { BuiltSection } from "@/lib/plan/build-plan";
import { entryKinds } from "@/lib/plan/entry-kinds";
import { choiceWordsOf } from "@/lib/plan/entry-kinds/worded-kind";
import type { SectionSummaryWords } from "./section-summary";

type Translate = (key: "ideas" | "ideasDone", values: { count: number; done?: number }) => string;
type Raw = (key: "whyPart" | "whyIdea" | "donePrefix") => string;
type RowWords = SectionSummaryWords["rows"];
const ROW_WORDS = [
  "codeWord",
  "knows",
  "doesNotKnow",
  "ticked",
  "notTicked",
  "whereItIs",
  "gettingThere",
  "keptThere",
  "aSafePlace",
] as const satisfies readonly (keyof RowWords)[];

function wordsFrom(
  t: Translate,
  raw: Raw,
  everyone: string,
  rowRaw: (key: keyof RowWords) => string,
  locale: string,
  sections: readonly BuiltSection[],
): SectionSummaryWords {
  const ideas = Object.fromEntries(
    sections.map((section) => {
      const count = section.suggestions.length;
      const done = section.suggestions.filter((suggestion) => suggestion.done).length;
      return [section.id, done > 0 ? t("ideasDone", { count, done }) : t("ideas", { count })];
    }),
  );
  const entryWords = entryWordsFor(locale);
  return {
    whyPart: raw("whyPart"),
    whyIdea: raw("whyIdea"),
    donePrefix: raw("donePrefix"),
    everyone,
    ideas,
    rows: Object.fromEntries(ROW_WORDS.map((key) => [key, rowRaw(key)])) as RowWords,
    choices: Object.fromEntries(entryKinds.map((kind) => [kind.key, choiceWordsOf(entryWords, kind.key)])),
  };
}

/** In a server component: the section summaries' words for these sections, in the reader's language. */
export function useSectionSummaryWords(sections: readonly BuiltSection[]): SectionSummaryWords {
  const t = useTranslations("plan.section");
  const why = useTranslations("planBuilder.why");
  const rows = useTranslations("planFiles.rows");
  const raw = (key: keyof RowWords) => rows.raw(key) as string;
  return wordsFrom(t, (key) => t.raw(key) as string, why("everyone"), raw, useLocale(), sections);
}

/** In an async page: the same words. */
export async function sectionSummaryWords(sections: readonly BuiltSection[]): Promise<SectionSummaryWords> {
  const [t, why, rows, locale] = await Promise.all([
    getTranslations("plan.section"),
    getTranslations("planBuilder.why"),
    getTranslations("planFiles.rows"),
    getLocale(),
  ]);
  const raw = (key: keyof RowWords) => rows.raw(key) as string;
  return wordsFrom(t, (key) => t.raw(key) as string, why("everyone"), raw, locale, sections);
}
