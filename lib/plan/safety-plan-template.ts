import type { PlanTemplate, SectionDefinition } from "./build-plan";
import type { Circumstances, SafetyAnswers } from "./circumstances";
import { entryKindOf } from "./entry-kinds";
import { matchesCircumstances } from "./match-circumstances";
import type { PlanEntries } from "./plan-schema";
import type { PlanSectionId } from "./plan-sections";
import { englishPlanWords, type PlanWords } from "./plan-words";
import { focusOf } from "./priority-serves";

type Section = SectionDefinition<SafetyAnswers, PlanEntries> & { id: PlanSectionId };

/** A note, or a row of the kind of entry the section lists. */
const noteOrRows = (entries: PlanEntries, id: string) => {
  const kind = entryKindOf(id);
  return Boolean(entries.notes[id as PlanSectionId]?.trim()) || (kind !== undefined && entries[kind.key].length > 0);
};

type Rule = { id: PlanSectionId; shownWhen?: (c: Circumstances) => boolean; leads?: true };

/** The sections of a safety plan, in order, and when each one appears; their words are in PlanWords. */
const rules: Rule[] = [
  // The lines to call in a hurry stay at the top whatever the person's priorities.
  { id: "emergency", leads: true },
  { id: "trusted-people" },
  { id: "safe-places" },
  { id: "work-school", shownWhen: (c) => c.workOrStudy !== undefined && c.workOrStudy !== "none" },
  {
    id: "leaving",
    shownWhen: (c) =>
      c.livingSituation === undefined || c.livingSituation === "with-them" || c.livingSituation === "planning-to-leave",
  },
  { id: "children", shownWhen: (c) => (c.childAges?.length ?? 0) > 0 },
  { id: "pets", shownWhen: (c) => c.pets === true },
  { id: "technology" },
  { id: "money" },
  { id: "emotional" },
  { id: "conversation", shownWhen: (c) => c.consideringConversation === true },
  { id: "legal" },
];

export function safetyPlanSectionsIn(words: PlanWords): Section[] {
  return rules.map(({ id, shownWhen, leads }) => {
    const { title, intro, why } = words.sections[id] as { title: string; intro: string; why?: string };
    return {
      id,
      title,
      intro,
      hasEntries: noteOrRows,
      ...(shownWhen && { shownWhen: { test: shownWhen, why: why ?? "" } }),
      ...(leads && { leads }),
    };
  });
}

/** The safety plan's template with its words in one language. */
export function safetyPlanTemplateIn(words: PlanWords): PlanTemplate<SafetyAnswers, PlanEntries> {
  return {
    sections: safetyPlanSectionsIn(words),
    matches: matchesCircumstances,
    done: (entries) => entries.done,
    emphasis: (answers) => focusOf(answers, words),
    why: words.why,
  };
}

export const safetyPlanSections = safetyPlanSectionsIn(englishPlanWords);
export const safetyPlanTemplate = safetyPlanTemplateIn(englishPlanWords);
