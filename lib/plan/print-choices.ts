import type { BuiltPlan } from "./build-plan";
import { entryKindOf, entryKinds, type EntryKey } from "./entry-kinds";
import type { DraftRow } from "./entry-kinds/entry-kind";
import type { SensitiveDetail } from "./entry-kinds/sensitive-details";
import type { PlanEntries } from "./plan-schema";
import type { PlanSectionId } from "./plan-sections";

/** What goes on paper, by id only: no name, address or word the person wrote is ever part of it. */
export type PrintChoices = {
  sections: string[];
  /** `entryChoice` ids of rows, and the `noteChoice` and `ideasChoice` ids of a section's notes and ideas done. */
  entries: string[];
  /** Sensitive details the person ticked in; every other one is left off. */
  details: SensitiveDetail[];
};

export const entryChoice = (key: string, rowId: string) => `${key}.${rowId}`;
export const noteChoice = (section: string) => `note.${section}`;
export const ideasChoice = (section: string) => `ideas.${section}`;
/** What an entry choice looks like: a kind and a row id, or a section's notes. */
export const ENTRY_CHOICE = /^[A-Za-z]{1,30}\.[a-z0-9-]{1,40}$/;

export type PrintOption = { id: string; label: string };
export type PrintSectionOption = { id: string; title: string; entries: PrintOption[] };
/** The choices' own labels, in the reader's language. */
export type PrintOptionWords = { notes: string; ideasDone: (count: number) => string };

/** The sections of the plan and what is in each, to choose from. */
export function printOptions(built: BuiltPlan<PlanEntries>, words: PrintOptionWords): PrintSectionOption[] {
  return built.sections.map((section) => {
    const kind = entryKindOf(section.id);
    const rows = kind ? (built.entries[kind.key] as DraftRow[]) : [];
    const titleOf = kind?.titleOf as ((row: DraftRow) => string) | undefined;
    const entries = rows.map((row) => ({ id: entryChoice(kind!.key, row.id), label: titleOf!(row) }));
    if (built.entries.notes[section.id as PlanSectionId])
      entries.push({ id: noteChoice(section.id), label: words.notes });
    const done = section.suggestions.filter((suggestion) => suggestion.done).length;
    if (done > 0) entries.push({ id: ideasChoice(section.id), label: words.ideasDone(done) });
    return { id: section.id, title: section.title, entries };
  });
}

/** Every part and everything in it, and none of the sensitive details. */
export function defaultPrintChoices(built: BuiltPlan<PlanEntries>): PrintChoices {
  const options = printOptions(built, { notes: "", ideasDone: () => "" });
  return {
    sections: options.map((section) => section.id),
    entries: options.flatMap((section) => section.entries.map((entry) => entry.id)),
    details: [],
  };
}

/** The crisis lines always print in this part, so it is never empty. */
const WITH_CRISIS_LINES = "emergency";

/**
 * The plan as it goes on paper: only the parts and entries chosen, each row without the sensitive
 * details not ticked in, only the ideas marked done, and no part left with nothing under its heading.
 */
export function printablePlan(built: BuiltPlan<PlanEntries>, choices: PrintChoices): BuiltPlan<PlanEntries> {
  const sections = new Set(choices.sections);
  const chosen = new Set(choices.entries);
  const details = new Set<string>(choices.details);
  const entries = structuredClone(built.entries);
  for (const kind of entryKinds) {
    const key = kind.key as EntryKey;
    const hidden = Object.entries(kind.fields).flatMap(([name, field]) =>
      field.kind === "text" && field.sensitive && !details.has(field.sensitive) ? [name] : [],
    );
    const rows = (built.entries[key] as DraftRow[])
      .filter((row) => sections.has(kind.section) && chosen.has(entryChoice(key, row.id)))
      .map((row) => ({ ...row, ...Object.fromEntries(hidden.map((name) => [name, ""])) }));
    (entries[key] as DraftRow[]) = rows;
  }
  entries.notes = Object.fromEntries(
    Object.entries(built.entries.notes).filter(([id]) => sections.has(id) && chosen.has(noteChoice(id))),
  );
  entries.leftOut = [];
  const printed = built.sections
    .filter((section) => sections.has(section.id))
    .map((section) => ({
      ...section,
      suggestions: chosen.has(ideasChoice(section.id)) ? section.suggestions.filter((idea) => idea.done) : [],
    }))
    .filter((section) => {
      const kind = entryKindOf(section.id);
      const rows = kind ? entries[kind.key].length : 0;
      const note = entries.notes[section.id as PlanSectionId];
      return section.id === WITH_CRISIS_LINES || rows > 0 || Boolean(note) || section.suggestions.length > 0;
    });
  return { sections: printed, entries };
}
