import { z } from "zod";

/**
 * The search form, shared by the form and the server action. Messages are keys into
 * messages/<locale>/pages.json (search.errors), so the person reads them in their language.
 */
export const searchQuerySchema = z.object({
  query: z
    .string({ message: "empty" })
    .trim()
    .min(2, { message: "tooShort" })
    .max(100, { message: "tooLong" }),
});

export type SearchErrorKey = "empty" | "tooShort" | "tooLong";
