import { z } from "zod";

/**
 * Every kind of encrypted record and the shape its value must have, checked on the way in and
 * on the way out. Later features add their kinds here.
 */
export const recordKinds = {
  /** The person's own name for their account, shown back to them; the database keeps only a hash. */
  profile: z.object({ username: z.string().min(1).max(64) }).strict(),
} as const;

export type RecordKind = keyof typeof recordKinds;
export type RecordValue<K extends RecordKind> = z.infer<(typeof recordKinds)[K]>;
