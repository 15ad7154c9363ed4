import { englishPlanWords } from "./plan-words";
import type { Strategy } from "./strategy-schema";

export type SectionDefinition<Answers, Entries> = {
  id: string;
  title: string;
  intro: string;
  /** Absent: part of every plan. Otherwise shown when the answers call for it, saying which. */
  shownWhen?: { test: (answers: Answers) => boolean; why: string };
  /** Whether the person wrote or ticked anything here; if so the section always stays. */
  hasEntries: (entries: Entries, sectionId: string) => boolean;
  /** Comes first whatever the person's priorities, as the emergency part does. */
  leads?: true;
};

/** Something the person said matters most: the sections and ideas it serves, and the why it gives them. */
export type Emphasis = { why: string; sections: readonly string[]; ideas: readonly string[] };

export type PlanTemplate<Answers, Entries> = {
  sections: SectionDefinition<Answers, Entries>[];
  matches: (condition: Strategy["when"], answers: Answers) => boolean;
  done: (entries: Entries) => Record<string, boolean>;
  /** What the person said matters most, in their order: it orders sections and ideas, never filters them. */
  emphasis?: (answers: Answers) => Emphasis[];
  /** The builder's own "why" lines, in the reader's language; English when absent. */
  why?: BuilderWhy;
};

export type BuilderWhy = { everyone: string; keptWritten: string; keptTicked: string };

export type Suggestion = { id: string; text: string; why: string; priority: number; done: boolean };
export type BuiltSection = { id: string; title: string; intro: string; why: string; suggestions: Suggestion[] };
export type BuiltPlan<Entries> = { sections: BuiltSection[]; entries: Entries };

export const SHOWN_TO_EVERYONE = englishPlanWords.why.everyone;
export const KEPT_BECAUSE_WRITTEN = englishPlanWords.why.keptWritten;
export const KEPT_BECAUSE_TICKED = englishPlanWords.why.keptTicked;

/** Where a thing comes in the person's order: the first priority it serves, or after all of them. */
function rankOf(emphasis: Emphasis[], serves: (one: Emphasis) => boolean): number {
  const index = emphasis.findIndex(serves);
  return index === -1 ? emphasis.length : index;
}

/**
 * The plan builder: a pure function from the answers and the person's own entries to an ordered
 * plan. It decides what to suggest and why; it never changes or drops what the person wrote, which
 * passes through untouched as `entries`. What the person said matters most comes first, in their
 * order; everything else keeps the template's order (the sort is stable).
 */
export function buildPlan<Answers, Entries>(
  template: PlanTemplate<Answers, Entries>,
  answers: Answers,
  entries: Entries,
  strategies: readonly Strategy[],
): BuiltPlan<Entries> {
  const { everyone, keptWritten, keptTicked } = template.why ?? englishPlanWords.why;
  const done = template.done(entries);
  const emphasis = template.emphasis?.(answers) ?? [];
  const servesIdea = (sectionId: string, id: string) => (one: Emphasis) =>
    one.sections.includes(sectionId) || one.ideas.includes(id);
  const ideaRank = (sectionId: string, id: string) => rankOf(emphasis, servesIdea(sectionId, id));
  // The first priority a section serves, then where that priority lists it.
  const sectionRank = (section: SectionDefinition<Answers, Entries>) => {
    if (section.leads) return -1;
    const first = rankOf(emphasis, (one) => one.sections.includes(section.id));
    const listed = emphasis[first]?.sections;
    return listed ? first + listed.indexOf(section.id) / listed.length : first;
  };
  const ordered = [...template.sections].sort((a, b) => sectionRank(a) - sectionRank(b));
  const sections = ordered.flatMap((section): BuiltSection[] => {
    const called = !section.shownWhen || section.shownWhen.test(answers);
    const written = section.hasEntries(entries, section.id);
    const suggestions = strategies
      .filter((strategy) => strategy.section === section.id)
      .flatMap((strategy): Suggestion[] => {
        const applies = template.matches(strategy.when, answers);
        if (!applies && !(strategy.id in done)) return [];
        const why = applies
          ? (strategy.why ?? emphasis.find(servesIdea(section.id, strategy.id))?.why ?? everyone)
          : keptTicked;
        return [
          { id: strategy.id, text: strategy.text, why, priority: strategy.priority, done: done[strategy.id] === true },
        ];
      })
      .sort(
        (a, b) =>
          ideaRank(section.id, a.id) - ideaRank(section.id, b.id) ||
          a.priority - b.priority ||
          a.id.localeCompare(b.id),
      );
    // A suggestion tailored to these answers brings its section with it, whatever the section's own rule.
    const tailored = suggestions.find((suggestion) =>
      strategies.some((strategy) => strategy.id === suggestion.id && strategy.when && suggestion.why !== keptTicked),
    );
    const ticked = suggestions.some((suggestion) => suggestion.id in done);
    if (!called && !written && !ticked && !tailored) return [];
    const why = called
      ? (section.shownWhen?.why ?? emphasis.find((one) => one.sections.includes(section.id))?.why ?? everyone)
      : written
        ? keptWritten
        : tailored
          ? tailored.why
          : keptTicked;
    return [{ id: section.id, title: section.title, intro: section.intro, why, suggestions }];
  });
  return { sections, entries };
}
