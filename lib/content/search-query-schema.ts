import { z } from "zod";

/** The search form, shared by the form and the server action. */
export const searchQuerySchema = z.object({
  query: z
    .string({ message: "Type a word or two to search for." })
    .trim()
    .min(2, { message: "Type at least two letters to search for." })
    .max(100, { message: "Keep the search under 100 characters." }),
});
