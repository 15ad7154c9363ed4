import type { PlanTemplate, SectionDefinition } from "./build-plan";
import type { Circumstances, SafetyAnswers } from "./circumstances";
import { entryKindOf } from "./entry-kinds";
import { matchesCircumstances } from "./match-circumstances";
import type { PlanEntries } from "./plan-schema";
import type { PlanSectionId } from "./plan-sections";
import { focusOf } from "./priority-serves";

type Section = SectionDefinition<SafetyAnswers, PlanEntries> & { id: PlanSectionId };

/** A note, or a row of the kind of entry the section lists. */
const noteOrRows = (entries: PlanEntries, id: string) => {
  const kind = entryKindOf(id);
  return Boolean(entries.notes[id as PlanSectionId]?.trim()) || (kind !== undefined && entries[kind.key].length > 0);
};

const always = (id: PlanSectionId, title: string, intro: string): Section => ({
  id,
  title,
  intro,
  hasEntries: noteOrRows,
});

const when = (
  id: PlanSectionId,
  title: string,
  intro: string,
  test: (c: Circumstances) => boolean,
  why: string,
): Section => ({
  id,
  title,
  intro,
  shownWhen: { test, why },
  hasEntries: noteOrRows,
});

/** The sections of a safety plan, in order, and when each one appears. */
export const safetyPlanSections: Section[] = [
  // The lines to call in a hurry stay at the top whatever the person's priorities.
  { ...always("emergency", "In an emergency", "What you could do if you are in danger right now."), leads: true },
  always("trusted-people", "People you trust", "Who could help, how to reach them, and what each could do."),
  always("safe-places", "Safe places", "Where you could go, how you would get there, and what is kept there."),
  when(
    "work-school",
    "Work or school",
    "Who at work or school could help, and what they could do.",
    (c) => c.workOrStudy !== undefined && c.workOrStudy !== "none",
    "You said you work or study outside the home.",
  ),
  when(
    "leaving",
    "Getting ready to leave",
    "A go-bag, papers to gather, and things to think about if you leave, now or someday.",
    (c) =>
      c.livingSituation === undefined || c.livingSituation === "with-them" || c.livingSituation === "planning-to-leave",
    "Leaving is something you may be living with or thinking about.",
  ),
  when(
    "children",
    "Children",
    "Keeping children safer, in ways that fit their ages.",
    (c) => (c.childAges?.length ?? 0) > 0,
    "You said you have children.",
  ),
  when("pets", "Pets", "Pets can be part of a plan too.", (c) => c.pets === true, "You said you have pets."),
  always(
    "technology",
    "Phones, computers and accounts",
    "Who might see your messages, location or accounts, and what could help.",
  ),
  always("money", "Money", "Money of your own, and papers that help later."),
  always("emotional", "Looking after yourself", "What helps you get through, and who you can talk to."),
  when(
    "conversation",
    "A conversation with the person who hurt you",
    "If you are thinking about talking with them: ground rules, support and the right to stop.",
    (c) => c.consideringConversation === true,
    "You said you are thinking about a conversation with the person who hurt you.",
  ),
  always("legal", "Legal options", "What the law can and cannot do, and other routes if police do not feel safe."),
];

export const safetyPlanTemplate: PlanTemplate<SafetyAnswers, PlanEntries> = {
  sections: safetyPlanSections,
  matches: matchesCircumstances,
  done: (entries) => entries.done,
  emphasis: focusOf,
};
