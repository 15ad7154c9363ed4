import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { BuiltSection } from "@/lib/plan/build-plan";
import type { SectionSummaryWords } from "./section-summary";

type Translate = (key: "ideas" | "ideasDone", values: { count: number; done?: number }) => string;
type Raw = (key: "whyPart" | "whyIdea" | "donePrefix") => string;

function wordsFrom(t: Translate, raw: Raw, everyone: string, sections: readonly BuiltSection[]): SectionSummaryWords {
  const ideas = Object.fromEntries(
    sections.map((section) => {
      const count = section.suggestions.length;
      const done = section.suggestions.filter((suggestion) => suggestion.done).length;
      return [section.id, done > 0 ? t("ideasDone", { count, done }) : t("ideas", { count })];
    }),
  );
  return { whyPart: raw("whyPart"), whyIdea: raw("whyIdea"), donePrefix: raw("donePrefix"), everyone, ideas };
}

/** In a server component: the section summaries' words for these sections, in the reader's language. */
export function useSectionSummaryWords(sections: readonly BuiltSection[]): SectionSummaryWords {
  const t = useTranslations("plan.section");
  const why = useTranslations("planBuilder.why");
  return wordsFrom(t, (key) => t.raw(key) as string, why("everyone"), sections);
}

/** In an async page: the same words. */
export async function sectionSummaryWords(sections: readonly BuiltSection[]): Promise<SectionSummaryWords> {
  const t = await getTranslations("plan.section");
  const why = await getTranslations("planBuilder.why");
  return wordsFrom(t, (key) => t.raw(key) as string, why("everyone"), sections);
}
