import { z } from "zod";
import { planKinds } from "./plan-kind";

export const planKindSchema = z.enum(planKinds);

/** The "plan-kind" record as it is stored. */
export const planKindRecordSchema = z.object({ kind: planKindSchema }).strict();

/** The form field: skipped, or anything we did not offer, is the safety plan. */
export const planKindFieldSchema = planKindSchema.catch("safety");
