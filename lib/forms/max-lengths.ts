import type { z } from "zod";

/**
 * Each field's longest allowed value, read from the form's own zod schema, for `maxLength` in the
 * markup: one limit, written once. Pages pass these to their (client) forms, so zod stays on the server.
 */
export function maxLengthsOf(schema: z.ZodObject): Record<string, number> {
  const lengths: Record<string, number> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const max = (field as { maxLength?: number | null }).maxLength;
    if (typeof max === "number") lengths[name] = max;
  }
  return lengths;
}
