import { z } from "zod";
import { keepUnder, MAX_ROWS } from "../plan-limits";
import { entryKinds, type entryKindsByKey, type EntryKey } from ".";
import type { EntryField, RowOf } from "./entry-kind";

const itemId = z.string().regex(/^[a-z0-9-]{6,40}$/);
const boundedText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: keepUnder(max) });

function fieldSchema(field: EntryField): z.ZodType {
  if (field.kind === "text")
    return field.required
      ? boundedText(field.max).min(1, { message: field.required })
      : boundedText(field.max).default("");
  if (field.kind === "flag") return z.boolean().default(false);
  const values = Object.keys(field.choices) as [string, ...string[]];
  if (field.kind === "choices") return z.array(z.enum(values)).max(values.length).default([]);
  return z.enum(values, { message: field.required });
}

type Kinds = typeof entryKindsByKey;
type RowSchema<K extends EntryKey> = z.ZodType<RowOf<Kinds[K]["fields"]>>;

/** Each kind's row, checked by zod from its table: the limits and messages are the table's. */
export const entrySchemas = Object.fromEntries(
  entryKinds.map((kind) => [
    kind.key,
    z.object({
      id: itemId,
      ...Object.fromEntries(Object.entries(kind.fields).map(([name, field]) => [name, fieldSchema(field)])),
    }),
  ]),
) as unknown as { [K in EntryKey]: RowSchema<K> };

/** Each kind's list, as the plan's entries hold it. */
export const entryListSchemas = Object.fromEntries(
  entryKinds.map((kind) => [
    kind.key,
    z
      .array(entrySchemas[kind.key as EntryKey])
      .max(MAX_ROWS)
      .default([]),
  ]),
) as {
  [K in EntryKey]: z.ZodDefault<z.ZodArray<RowSchema<K>>>;
};

/** Suggested rows the person chose to leave out, by id; far more than every checklist offers. */
export const leftOutSchema = z.array(itemId).max(100).default([]);
