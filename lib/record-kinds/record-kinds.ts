import { z } from "zod";
import {
  changePlanRevisionSchema,
  changePlanValueSchema,
  planRevisionSchema,
  planValueSchema,
} from "../plan/plan-schema";
import { displaySettingsSchema } from "../settings/display-settings";
import { planKindRecordSchema } from "../settings/plan-kind-schema";
import { snapshotMarkerSchema } from "./snapshot-marker";

/**
 * Every kind of encrypted record and the shape its value must have, checked on the way in and
 * on the way out. Later features add their kinds here.
 */
export const recordKinds = {
  /** The person's own name for their account, shown back to them; the database keeps only a hash. */
  profile: z.object({ username: z.string().min(1).max(64) }).strict(),
  /** The safety plan: answers, everything written, review dates. One per person. */
  plan: planValueSchema.extend({ snapshots: snapshotMarkerSchema.optional() }),
  /** A snapshot of the plan at each save. */
  "plan-revision": planRevisionSchema,
  /** A change plan, for someone who has used violence. One per person. */
  "change-plan": changePlanValueSchema.extend({ snapshots: snapshotMarkerSchema.optional() }),
  /** A snapshot of the change plan at each save. */
  "change-plan-revision": changePlanRevisionSchema,
  /** The tab title and quick-exit site the person chose. One per person; absent means the operator's. */
  "display-settings": displaySettingsSchema,
  /** Which plan the person makes (a safety plan or a change plan). One per person; absent means a safety plan. */
  "plan-kind": planKindRecordSchema,
} as const;

export type RecordKind = keyof typeof recordKinds;
export type RecordValue<K extends RecordKind> = z.infer<(typeof recordKinds)[K]>;
