import type { z } from "zod";
import { type Circumstances, circumstancesSchema } from "./circumstances";
import {
  safePlaceSchema,
  trustedPersonSchema,
  workplaceContactSchema,
  type PlanEntries,
} from "./plan-schema";
import type { PlanSectionId } from "./plan-sections";
import { questions } from "./questions";

export type FieldErrors = Record<string, string>;

/** The answers form: an empty choice is a skipped question, not a "no". */
export function readCircumstances(form: FormData): { answers?: Circumstances; errors: FieldErrors } {
  const raw: Record<string, unknown> = {};
  for (const question of questions) {
    if (question.kind === "many") {
      const values = form.getAll(question.key).map(String);
      if (values.includes("none")) raw[question.key] = [];
      else if (values.length > 0) raw[question.key] = values;
      continue;
    }
    const value = String(form.get(question.key) ?? "");
    if (value !== "") raw[question.key] = question.kind === "yes-no" ? value === "yes" : value;
  }
  const parsed = circumstancesSchema.safeParse(raw);
  if (parsed.success) return { answers: parsed.data, errors: {} };
  return { errors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), "Choose one of the answers, or leave it blank."])) };
}

type RowShape = { text: string[]; lists?: string[]; flags?: string[]; required: string };

/** As many rows of one kind as a plan keeps (planEntriesSchema); a form with more is refused, not cut. */
export const MAX_ROWS = 30;
/** What a suggestion's id looks like; anything else in "shown" did not come from our form. */
const SUGGESTION_ID = /^[a-z0-9-]{1,80}$/;

/** Rows of a repeating group (`prefix.<n>.field`); a blank new row is ignored, a removed one dropped. */
function readRows<T>(form: FormData, prefix: string, shape: RowShape, schema: z.ZodType<T>, errors: FieldErrors): T[] {
  const indexes = [...form.keys()]
    .map((key) => new RegExp(`^${prefix}\\.(\\d+)\\.id$`).exec(key)?.[1])
    .filter((index): index is string => index !== undefined);
  const rows: T[] = [];
  for (const index of [...new Set(indexes)].sort((a, b) => Number(a) - Number(b))) {
    const field = (name: string) => `${prefix}.${index}.${name}`;
    if (form.get(field("remove"))) continue;
    const row: Record<string, unknown> = { id: String(form.get(field("id"))) };
    for (const name of shape.text) row[name] = String(form.get(field(name)) ?? "");
    for (const name of shape.lists ?? []) row[name] = form.getAll(field(name)).map(String);
    for (const name of shape.flags ?? []) row[name] = form.get(field(name)) !== null;
    const blank = shape.text.every((name) => row[name] === "") && (shape.lists ?? []).every((name) => (row[name] as string[]).length === 0);
    if (blank) continue;
    const parsed = schema.safeParse(row);
    if (parsed.success) rows.push(parsed.data);
    else for (const issue of parsed.error.issues) errors[field(String(issue.path[0] ?? shape.required))] ??= issue.message;
  }
  if (rows.length > MAX_ROWS) errors[prefix] = `A plan keeps up to ${MAX_ROWS} of these. Remove some before adding more.`;
  return rows;
}

export type SectionPatch = {
  trustedPeople?: PlanEntries["trustedPeople"];
  safePlaces?: PlanEntries["safePlaces"];
  workplaceContacts?: PlanEntries["workplaceContacts"];
  done: Record<string, boolean>;
  note?: string;
};

/** What one section's form says; `applySectionPatch` puts it into the plan. */
export function readSectionPatch(section: PlanSectionId, form: FormData): { patch: SectionPatch; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const patch: SectionPatch = { done: {} };
  if (section === "trusted-people") {
    patch.trustedPeople = readRows(form, "trustedPeople", { text: ["name", "reach", "otherHelp", "codeWord"], lists: ["canHelpWith"], flags: ["knowsAboutPlan"], required: "name" }, trustedPersonSchema, errors);
  }
  if (section === "safe-places") {
    patch.safePlaces = readRows(form, "safePlaces", { text: ["place", "howToGetThere", "keptThere"], required: "place" }, safePlaceSchema, errors);
  }
  if (section === "work-school") {
    patch.workplaceContacts = readRows(form, "workplaceContacts", { text: ["role", "name", "otherHelp"], lists: ["willDo"], required: "role" }, workplaceContactSchema, errors);
  }
  const ticked = new Set(form.getAll("done").map(String));
  for (const id of form.getAll("shown").map(String).filter((id) => SUGGESTION_ID.test(id)).slice(0, 200)) patch.done[id] = ticked.has(id);
  const note = form.get("note");
  if (typeof note === "string") {
    if (note.length > 4000) errors.note = "Keep notes under 4000 characters.";
    else patch.note = note;
  }
  return { patch, errors };
}

/** Only what the section's form showed is touched; every other entry is carried over exactly. */
export function applySectionPatch(section: PlanSectionId, current: PlanEntries, patch: SectionPatch): PlanEntries {
  const entries: PlanEntries = structuredClone(current);
  if (patch.trustedPeople) entries.trustedPeople = patch.trustedPeople;
  if (patch.safePlaces) entries.safePlaces = patch.safePlaces;
  if (patch.workplaceContacts) entries.workplaceContacts = patch.workplaceContacts;
  // Only ticks are kept. An idea seen and left unticked was never marked, so it may go when the
  // answers change; unticking takes the mark away.
  for (const [id, done] of Object.entries(patch.done)) {
    if (done) entries.done[id] = true;
    else delete entries.done[id];
  }
  if (patch.note !== undefined) {
    if (patch.note.trim() === "") delete entries.notes[section];
    else entries.notes[section] = patch.note;
  }
  return entries;
}
