import type { z } from "zod";
import { entryKeys, type EntryKey } from "../plan/entry-kinds";
import type { DraftRow, EntryKind } from "../plan/entry-kinds/entry-kind";
import { entrySchemas } from "../plan/entry-kinds/entry-schemas";
import { suggestionWords } from "../plan/entry-kinds/suggestion-words";
import { MAX_ROWS } from "../plan/plan-limits";
import { allValues, asTyped, firstValue, type FormFields } from "./form-fields";

export type FieldErrors = Record<string, string>;
export type RowPrefix = EntryKey;

/**
 * One row as the form sent it. `index` is the row's place in that form, so messages can name its
 * fields. "row": what to save. "keep": the row needs fixing, or is marked to remove but the person
 * has not pressed Save; whatever is saved under its id stays as it is. "blank": nothing in it; a new
 * row is ignored, a saved one stays and is told it needs its main field. "leftOut": a suggested row
 * the person removed, so it is not offered again. A row that is still exactly as suggested is
 * `untouched`: saved only if it was saved before.
 */
export type RowPatch<T> =
  | { index: string; id: string; kind: "row"; value: T; untouched?: boolean }
  | { index: string; id: string; kind: "keep"; errors: FieldErrors; marked?: boolean }
  | { index: string; id: string; kind: "blank"; errors: FieldErrors }
  | { index: string; id: string; kind: "leftOut" };

/** Every row's fields, grouped by kind and index in one pass over the field names. */
const ROW_FIELD = new RegExp(`^(${entryKeys.join("|")})\\.(\\d{1,9})\\.([A-Za-z]{1,20})$`);

export type GroupedRows = Map<RowPrefix, Map<string, Map<string, readonly string[]>>>;

export function groupRows(fields: FormFields): GroupedRows {
  const grouped: GroupedRows = new Map();
  for (const [name, values] of fields) {
    const match = ROW_FIELD.exec(name);
    if (!match) continue;
    const [, prefix, index, field] = match as unknown as [string, RowPrefix, string, string];
    let rows = grouped.get(prefix);
    if (!rows) grouped.set(prefix, (rows = new Map()));
    let row = rows.get(index);
    if (!row) rows.set(index, (row = new Map()));
    row.set(field, values);
  }
  return grouped;
}

const rowField = (prefix: string, index: string, name: string) => `${prefix}.${index}.${name}`;

/** Nothing in the row differs from the suggestion (in any language it was offered in): not ticked, not changed, nothing noted. */
const asSuggested = (kind: EntryKind, row: DraftRow, suggested: DraftRow) =>
  Object.keys(kind.fields).every(
    (name) =>
      JSON.stringify(row[name]) === JSON.stringify(suggested[name]) ||
      (name === "what" && suggestionWords(suggested.id).includes(String(row[name]))),
  );

/**
 * The rows of one kind, in the form's order. The form shows at most MAX_ROWS saved rows and one
 * blank; more than that did not come from our page, and the whole list is refused (undefined) with
 * a message rather than cut short.
 */
export function readRows<T>(
  grouped: GroupedRows,
  kind: EntryKind,
  errors: FieldErrors,
  options: { autosave: boolean },
): RowPatch<T>[] | undefined {
  const prefix = kind.key;
  const schema = entrySchemas[kind.key as EntryKey] as unknown as z.ZodType<T>;
  const rows = grouped.get(prefix as RowPrefix) ?? new Map<string, Map<string, readonly string[]>>();
  const indexes = [...rows.keys()].filter((index) => rows.get(index)?.has("id"));
  if (indexes.length > MAX_ROWS + 1) {
    errors[prefix] = kind.tooMany;
    return undefined;
  }
  const read: RowPatch<T>[] = [];
  for (const index of indexes.sort((a, b) => Number(a) - Number(b))) {
    const sent = rows.get(index) as Map<string, readonly string[]>;
    const fields: FormFields = sent;
    const id = String(firstValue(fields, "id"));
    const suggested = kind.suggested?.find((row) => row.id === id);
    if (fields.has("remove")) {
      // Autosave never removes: only the Save button does.
      if (options.autosave) read.push({ index, id, kind: "keep", errors: {}, marked: true });
      else if (suggested) read.push({ index, id, kind: "leftOut" });
      continue;
    }
    const row: Record<string, unknown> = { id };
    for (const [name, field] of Object.entries(kind.fields)) {
      if (field.kind === "choices") row[name] = [...allValues(fields, name)];
      else if (field.kind === "flag") row[name] = fields.has(name);
      else row[name] = asTyped(firstValue(fields, name) ?? "");
    }
    // A row with nothing typed or chosen is blank; a ticked box alone does not make it a row.
    const blank = Object.entries(kind.fields).every(
      ([name, field]) => field.kind === "flag" || (row[name] as string | string[]).length === 0,
    );
    const parsed = schema.safeParse(row);
    const rowErrors: FieldErrors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        rowErrors[rowField(prefix, index, String(issue.path[0] ?? kind.required))] ??= issue.message;
    }
    if (blank) read.push({ index, id, kind: "blank", errors: rowErrors });
    else if (parsed.success) {
      const untouched = suggested !== undefined && asSuggested(kind, parsed.data as DraftRow, suggested);
      read.push({ index, id, kind: "row", value: parsed.data, ...(untouched && { untouched }) });
    } else read.push({ index, id, kind: "keep", errors: rowErrors });
    if (!blank) Object.assign(errors, rowErrors);
  }
  return read;
}

/**
 * Puts the rows the form sent in place of the saved list. A row that needs fixing keeps its saved
 * version (a new one is not saved yet); a new row past MAX_ROWS is not saved, with a message.
 */
export function applyRows<T extends { id: string }>(
  saved: readonly T[],
  rows: RowPatch<T>[],
  kind: EntryKind,
  errors: FieldErrors,
): T[] {
  const savedById = new Map(saved.map((row) => [row.id, row]));
  const seen = new Set<string>();
  const unique = rows.filter((row) => !seen.has(row.id) && Boolean(seen.add(row.id)));
  let room = MAX_ROWS - unique.filter((row) => savedById.has(row.id)).length;
  const next: T[] = [];
  for (const row of unique) {
    const kept = savedById.get(row.id);
    if (row.kind === "leftOut") continue;
    if (row.kind === "row") {
      if (kept) next.push(row.value);
      else if (row.untouched) continue;
      else if (room > 0) {
        next.push(row.value);
        room -= 1;
      } else errors[rowField(kind.key, row.index, kind.required)] ??= kind.tooMany;
      continue;
    }
    if (!kept) continue;
    if (row.kind === "blank") Object.assign(errors, row.errors);
    next.push(kept);
  }
  return next;
}
