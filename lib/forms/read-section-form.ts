import { type Circumstances, circumstancesSchema } from "../plan/circumstances";
import { entryKindOf, entryKinds, type EntryKey } from "../plan/entry-kinds";
import { keepUnder, MAX_MARKED_DONE, MAX_SUGGESTIONS, textLimits } from "../plan/plan-limits";
import type { PlanEntries } from "../plan/plan-schema";
import type { PlanSectionId } from "../plan/plan-sections";
import { questions } from "../plan/questions";
import { formMessage } from "./form-message";
import { allValues, asTyped, firstValue, type FormFields } from "./form-fields";
import { applyRows, groupRows, readRows, type FieldErrors, type RowPatch } from "./read-plan-rows";

export type { FieldErrors } from "./read-plan-rows";

/** The answers form: an empty choice is a skipped question, not a "no". */
export function readCircumstances(fields: FormFields): { answers?: Circumstances; errors: FieldErrors } {
  const raw: Record<string, unknown> = {};
  for (const question of questions) {
    if (question.kind === "many") {
      const values = allValues(fields, question.key);
      if (question.none && values.includes("none")) raw[question.key] = [];
      else if (values.length > 0) raw[question.key] = [...values];
      continue;
    }
    const value = firstValue(fields, question.key) ?? "";
    if (value !== "") raw[question.key] = question.kind === "yes-no" ? value === "yes" : value;
  }
  const parsed = circumstancesSchema.safeParse(raw);
  if (parsed.success) return { answers: parsed.data, errors: {} };
  return {
    errors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), "chooseAnswer"])),
  };
}

/** What a suggestion's id looks like; anything else in "shown" did not come from our form. */
const SUGGESTION_ID = /^[a-z0-9-]{1,80}$/;
const TOO_MANY_IDEAS = formMessage("tooManyIdeas", { max: MAX_SUGGESTIONS });

/** Each kind's rows as the form sent them: only the section's own kind is ever there. */
type RowPatches = Partial<Record<EntryKey, RowPatch<{ id: string }>[]>>;

/** `bringBack`: suggestions left out before that the person asked to see again. */
export type SectionPatch = { rows: RowPatches; done: Record<string, boolean>; note?: string; bringBack?: string[] };

/**
 * What one section's form says, and what in it needs fixing. Nothing that needs fixing stops the
 * rest from being saved: `applySectionPatch` saves every part that is right.
 */
export function readSectionPatch(
  section: PlanSectionId,
  fields: FormFields,
  options = { autosave: false },
): { patch: SectionPatch; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const patch: SectionPatch = { rows: {}, done: {} };
  const kind = entryKindOf(section);
  if (kind) patch.rows[kind.key] = readRows(groupRows(fields), kind, errors, options);
  const offered = new Set(kind?.suggested?.map((row) => row.id));
  const bringBack = allValues(fields, "bringBack").filter((id) => offered.has(id));
  if (bringBack.length > 0) patch.bringBack = bringBack;
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
export function applySectionPatch(
  section: PlanSectionId,
  current: PlanEntries,
  patch: SectionPatch,
  errors: FieldErrors = {},
): PlanEntries {
  const entries: PlanEntries = structuredClone(current);
  for (const kind of entryKinds) {
    const rows = patch.rows[kind.key as EntryKey];
    if (rows)
      (entries[kind.key as EntryKey] as { id: string }[]) = applyRows<{ id: string }>(
        current[kind.key as EntryKey],
        rows,
        kind,
        errors,
      );
  }
  entries.leftOut = leftOutAfter(current.leftOut, patch);
  // Only ticks are kept. An idea seen and left unticked was never marked, so it may go when the
  // answers change; unticking takes the mark away.
  const done = { ...entries.done };
  for (const [id, ticked] of Object.entries(patch.done)) {
    if (ticked) done[id] = true;
    else delete done[id];
  }
  if (Object.keys(done).length <= MAX_MARKED_DONE) entries.done = done;
  else errors.done = formMessage("tooManyDoneNotSaved", { max: MAX_MARKED_DONE });
  if (patch.note !== undefined) {
    if (patch.note.trim() === "") delete entries.notes[section];
    else entries.notes[section] = patch.note;
  }
  return entries;
}

/** The suggestions left out after this form: those removed now, less those brought back. */
function leftOutAfter(before: readonly string[], patch: SectionPatch): string[] {
  const removed = Object.values(patch.rows).flatMap((rows) =>
    (rows ?? []).flatMap((row) => (row.kind === "leftOut" ? [row.id] : [])),
  );
  const back = new Set(patch.bringBack);
  return [...new Set([...before, ...removed])].filter((id) => !back.has(id));
}
