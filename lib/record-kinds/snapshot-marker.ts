import { z } from "zod";

/**
 * Kept inside a plan's own record, so a save need not open the history: the snapshot the last
 * autosave wrote (later autosaves soon after update it), and the day the keeping rule last ran.
 */
export const snapshotMarkerSchema = z
  .object({
    autosave: z
      .object({ id: z.string().max(64), version: z.number().int().min(1), savedAt: z.iso.datetime() })
      .strict()
      .optional(),
    keptOn: z.iso.date().optional(),
  })
  .strict();

export type SnapshotMarker = z.infer<typeof snapshotMarkerSchema>;
