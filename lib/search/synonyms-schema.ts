import { z } from "zod";

const group = z.array(z.string().min(1).max(40)).min(2).max(20);

/** content/search/synonyms.yaml: groups of words that mean the same thing, per language. */
export const synonymsFileSchema = z.object({ en: z.array(group), fr: z.array(group) }).strict();
export type SynonymsFile = z.infer<typeof synonymsFileSchema>;
