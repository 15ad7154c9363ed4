"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { guardedAction } from "@/lib/auth/guarded-action";
import { database } from "@/lib/db/database";
import { readVersion } from "@/lib/plan/plan-form-schemas";
import { loadPlan, savePlan } from "@/lib/plan/plan-store";
import { siteRoutes } from "@/lib/site/site-routes";

const reviewByInput = z.instanceof(FormData).transform((form, context) => {
  const date = String(form.get("reviewBy") ?? "");
  const parsed = z.union([z.literal(""), z.iso.date()]).safeParse(date);
  if (!parsed.success) context.addIssue({ code: "custom", path: ["reviewBy"], message: "Pick a date, or leave it empty." });
  return { reviewBy: parsed.success && parsed.data !== "" ? parsed.data : undefined, version: readVersion(form, context) };
});

const setReviewBy = guardedAction({
  session: "required",
  input: reviewByInput,
  owns: () => true,
  run: async (session, input) => {
    const db = database();
    const current = await loadPlan(db, session);
    return savePlan(db, session, { ...current.value, reviewBy: input.reviewBy }, input.version);
  },
});

const finishReview = guardedAction({
  session: "required",
  input: z.instanceof(FormData).transform((form, context) => ({ version: readVersion(form, context) })),
  owns: () => true,
  run: async (session, input) => {
    const db = database();
    const current = await loadPlan(db, session);
    return savePlan(db, session, { ...current.value, lastReviewedAt: new Date().toISOString() }, input.version, "review");
  },
});

/** Sets or clears the date the person wants to look at their plan again. */
export async function setReviewByAction(form: FormData): Promise<void> {
  await setReviewBy(form);
  redirect(siteRoutes.makeAPlan.href);
}

/** Marks the plan as reviewed now; "what changed" is measured from here next time. */
export async function finishReviewAction(form: FormData): Promise<void> {
  await finishReview(form);
  redirect(siteRoutes.makeAPlan.href);
}
