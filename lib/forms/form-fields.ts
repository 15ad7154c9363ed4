import { MAX_FORM_FIELDS } from "../plan/plan-limits";

/** A form's text fields by name, each with every value sent under it, in the order sent. */
export type FormFields = ReadonlyMap<string, readonly string[]>;

/**
 * Reads a form once, front to back. Every reader works from this map, so the cost grows with the
 * size of the form and never with the number of fields times the number of rows. A form with more
 * fields than any of ours is refused here (undefined), before anything is parsed.
 */
export function fieldsOf(form: FormData, cap = MAX_FORM_FIELDS): FormFields | undefined {
  const fields = new Map<string, string[]>();
  let count = 0;
  for (const [name, value] of form) {
    count += 1;
    if (count > cap) return undefined;
    if (typeof value !== "string") continue;
    const values = fields.get(name);
    if (values) values.push(value);
    else fields.set(name, [value]);
  }
  return fields;
}

export const firstValue = (fields: FormFields, name: string): string | undefined => fields.get(name)?.[0];
export const allValues = (fields: FormFields, name: string): readonly string[] => fields.get(name) ?? [];

/** Browsers send a line break in a box as \r\n, but count it as one character against maxlength. */
export const asTyped = (value: string): string => value.replace(/\r\n?/g, "\n");

export const TOO_MANY_FIELDS = "tooManyFields";
