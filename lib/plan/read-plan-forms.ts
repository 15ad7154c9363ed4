import { type Circumstances, circumstancesSchema } from "./circumstances";
import { allValues, asTyped, firstValue, type FormFields } from "./form-fields";
import { keepUnder, MAX_MARKED_DONE, MAX_ROWS, MAX_SUGGESTIONS, textLimits } from "./plan-limits";
import {
  safePlaceSchema,
  trustedPersonSchema,
  workplaceContactSchema,
  type PlanEntries,
  type SafePlace,
  type TrustedPerson,
  type WorkplaceContact,
} from "./plan-schema";
import type { PlanSectionId } from "./plan-sections";
import { questions } from "./questions";
import { applyRows, groupRows, readRows, type FieldErrors, type RowPatch, type RowShape } from "./read-plan-rows";

export type { FieldErrors } from "./read-plan-rows";
export { MAX_ROWS } from "./plan-limits";

/** The answers form: an empty choice is a skipped question, not a "no". */
export function readCircumstances(fields: FormFields): { answers?: Circumstances; errors: FieldErrors } {
  const raw: Record<string, unknown> = {};
  for (const question of questions) {
    if (question.kind === "many") {
      const values = allValues(fields, question.key);
      if (values.includes("none")) raw[question.key] = [];
      else if (values.length > 0) raw[question.key] = [...values];
      continue;
    }
    const value = firstValue(fields, question.key) ?? "";
    if (value !== "") raw[question.key] = question.kind === "yes-no" ? value === "yes" : value;
  }
  const parsed = circumstancesSchema.safeParse(raw);
  if (parsed.success) return { answers: parsed.data, errors: {} };
  return { errors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), "Choose one of the answers, or leave it blank."])) };
}

/** What a suggestion's id looks like; anything else in "shown" did not come from our form. */
const SUGGESTION_ID = /^[a-z0-9-]{1,80}$/;
const TOO_MANY_IDEAS = `This form shows more than ${MAX_SUGGESTIONS} ideas, so the ticks were not saved. Please open the page again.`;

export const rowShapes = {
  trustedPeople: { text: ["name", "reach", "otherHelp", "codeWord"], lists: ["canHelpWith"], flags: ["knowsAboutPlan"], required: "name", tooMany: `A plan keeps up to ${MAX_ROWS} people. Remove one before adding another.` },
  safePlaces: { text: ["place", "howToGetThere", "keptThere"], required: "place", tooMany: `A plan keeps up to ${MAX_ROWS} places. Remove one before adding another.` },
  workplaceContacts: { text: ["role", "name", "otherHelp"], lists: ["willDo"], required: "role", tooMany: `A plan keeps up to ${MAX_ROWS} contacts. Remove one before adding another.` },
} satisfies Record<string, RowShape>;

export type SectionPatch = {
  trustedPeople?: RowPatch<TrustedPerson>[];
  safePlaces?: RowPatch<SafePlace>[];
  workplaceContacts?: RowPatch<WorkplaceContact>[];
  done: Record<string, boolean>;
  note?: string;
};

/**
 * What one section's form says, and what in it needs fixing. Nothing that needs fixing stops the
 * rest from being saved: `applySectionPatch` saves every part that is right.
 */
export function readSectionPatch(section: PlanSectionId, fields: FormFields, options = { autosave: false }): { patch: SectionPatch; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const patch: SectionPatch = { done: {} };
  const grouped = groupRows(fields);
  if (section === "trusted-people") patch.trustedPeople = readRows(grouped, "trustedPeople", rowShapes.trustedPeople, trustedPersonSchema, errors, options);
  if (section === "safe-places") patch.safePlaces = readRows(grouped, "safePlaces", rowShapes.safePlaces, safePlaceSchema, errors, options);
  if (section === "work-school") patch.workplaceContacts = readRows(grouped, "workplaceContacts", rowShapes.workplaceContacts, workplaceContactSchema, errors, options);
  const shown = allValues(fields, "shown").filter((id) => SUGGESTION_ID.test(id));
  if (shown.length > MAX_SUGGESTIONS) errors.done = TOO_MANY_IDEAS;
  else {
    const ticked = new Set(allValues(fields, "done"));
    for (const id of shown) patch.done[id] = ticked.has(id);
  }
  const note = firstValue(fields, "note");
  if (note !== undefined) {
    const typed = asTyped(note);
    if (typed.length > textLimits.note) errors.note = keepUnder(textLimits.note);
    else patch.note = typed;
  }
  return { patch, errors };
}

/**
 * Only what the section's form showed is touched; every other entry is carried over exactly. Returns
 * the new entries and what could not be saved (added to `errors`).
 */
export function applySectionPatch(section: PlanSectionId, current: PlanEntries, patch: SectionPatch, errors: FieldErrors = {}): PlanEntries {
  const entries: PlanEntries = structuredClone(current);
  if (patch.trustedPeople) entries.trustedPeople = applyRows(current.trustedPeople, patch.trustedPeople, "trustedPeople", rowShapes.trustedPeople, errors);
  if (patch.safePlaces) entries.safePlaces = applyRows(current.safePlaces, patch.safePlaces, "safePlaces", rowShapes.safePlaces, errors);
  if (patch.workplaceContacts) entries.workplaceContacts = applyRows(current.workplaceContacts, patch.workplaceContacts, "workplaceContacts", rowShapes.workplaceContacts, errors);
  // Only ticks are kept. An idea seen and left unticked was never marked, so it may go when the
  // answers change; unticking takes the mark away.
  const done = { ...entries.done };
  for (const [id, ticked] of Object.entries(patch.done)) {
    if (ticked) done[id] = true;
    else delete done[id];
  }
  if (Object.keys(done).length <= MAX_MARKED_DONE) entries.done = done;
  else errors.done = `A plan keeps up to ${MAX_MARKED_DONE} ideas marked done, so these ticks were not saved.`;
  if (patch.note !== undefined) {
    if (patch.note.trim() === "") delete entries.notes[section];
    else entries.notes[section] = patch.note;
  }
  return entries;
}
