"use server";

import { redirect } from "next/navigation";
import { refusedState } from "@/lib/auth/form-state";
import { guardedAction } from "@/lib/auth/guarded-action";
import { reviewByFormSchema, versionFormSchema } from "@/lib/forms/plan-form-schemas";
import type { ReviewByState } from "@/lib/forms/plan-form-states";
import { sayFormState } from "@/lib/forms/say-form-state";
import { updatePlan } from "@/lib/plan-store/update-plan";
import { siteRoutes } from "@/lib/site/site-routes";

const setReviewBy = guardedAction({
  session: "required",
  input: reviewByFormSchema,
  // A person's plan is found by their own session; there is no id in the form to point elsewhere.
  owns: () => true,
  run: (session, input) =>
    updatePlan(session, { expectedVersion: input.version, change: (plan) => ({ ...plan, reviewBy: input.reviewBy }) }),
});

const finishReview = guardedAction({
  session: "required",
  input: versionFormSchema,
  owns: () => true,
  run: (session, input) =>
    updatePlan(session, {
      expectedVersion: input.version,
      reason: "review",
      change: (plan) => ({ ...plan, lastReviewedAt: new Date().toISOString() }),
    }),
});

/**
 * Sets or clears the date the person wants to look at their plan again. A date that has passed is
 * refused with its message beside the field, and the date as typed.
 */
async function setReviewByState(_previous: ReviewByState, form: FormData): Promise<ReviewByState> {
  const outcome = await setReviewBy(form);
  // A caller with JavaScript can send anything in place of the form; only a form's own date comes back.
  const typed = form instanceof FormData ? String(form.get("reviewBy") ?? "").slice(0, 10) : "";
  if (!outcome.ok) return { ...refusedState(outcome), reviewBy: typed };
  redirect(siteRoutes.makeAPlan.href);
}

/** Marks the plan as reviewed now; "what changed" is measured from here next time. */
export async function finishReviewAction(form: FormData): Promise<void> {
  await finishReview(form);
  redirect(siteRoutes.makeAPlan.href);
}

/** The same, with its messages in the reader's language. */
export async function setReviewByAction(previous: ReviewByState, form: FormData): Promise<ReviewByState> {
  return sayFormState(await setReviewByState(previous, form));
}
