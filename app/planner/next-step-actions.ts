"use server";

import { redirect } from "next/navigation";
import { guardedAction } from "@/lib/auth/guarded-action";
import { isSafetyPlanIdea } from "@/lib/content/strategy-library";
import { bringBackStepsFormSchema, nextStepFormSchema } from "@/lib/forms/plan-form-schemas";
import { withSetAsideCleared, withStepDone, withStepSetAside } from "@/lib/plan/next-step-changes";
import { updatePlan } from "@/lib/plan-store/update-plan";
import { siteRoutes } from "@/lib/site/site-routes";

// The plan is found by the person's own session; the form names only an idea, which must be one of ours.
// Each change names one idea, so it is applied to the plan as saved now (no version): nothing else is touched.
const markDone = guardedAction({
  session: "required",
  input: nextStepFormSchema("doneStep"),
  owns: (_session, input) => isSafetyPlanIdea(input.step),
  run: (session, input) =>
    updatePlan(session, { change: (plan) => withStepDone(plan, input.step), onlyIfChanged: () => true }),
});

const setAside = guardedAction({
  session: "required",
  input: nextStepFormSchema("setAsideStep"),
  owns: (_session, input) => isSafetyPlanIdea(input.step),
  run: (session, input) =>
    updatePlan(session, { change: (plan) => withStepSetAside(plan, input.step), onlyIfChanged: () => true }),
});

const bringBack = guardedAction({
  session: "required",
  input: bringBackStepsFormSchema,
  owns: () => true,
  run: (session) => updatePlan(session, { change: withSetAsideCleared, onlyIfChanged: () => true }),
});

/** "Done" on a next step: ticks the idea, and the plan offers the next one. */
export async function markStepDoneAction(form: FormData): Promise<void> {
  await markDone(form);
  redirect(siteRoutes.makeAPlan.href);
}

/** "Pick a different one": the idea stays in its part of the plan, but not in the next steps. */
export async function setStepAsideAction(form: FormData): Promise<void> {
  await setAside(form);
  redirect(siteRoutes.makeAPlan.href);
}

/** Every idea set aside may be suggested again. */
export async function bringBackStepsAction(form: FormData): Promise<void> {
  await bringBack(form);
  redirect(siteRoutes.makeAPlan.href);
}
