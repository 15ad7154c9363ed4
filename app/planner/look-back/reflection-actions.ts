"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { refusedState } from "@/lib/auth/form-state";
import { guardedActionWithSignIn } from "@/lib/auth/sign-in-to-save";
import { conflictOf } from "@/lib/content/conflict-of";
import { fieldsOf } from "@/lib/forms/form-fields";
import { sentVersion } from "@/lib/forms/plan-form-schemas";
import { readReflection, reflectionFormSchema } from "@/lib/forms/reflection-form";
import { TALK_IT_OVER_ID, type ReflectionFormState } from "@/lib/forms/reflection-form-state";
import { sayFormState } from "@/lib/forms/say-form-state";
import { withReflection } from "@/lib/plan/save-reflection";
import { updatePlan } from "@/lib/plan-store/update-plan";
import { planRoutes } from "@/lib/site/site-routes";

const saveReflection = guardedActionWithSignIn({
  session: "required",
  input: reflectionFormSchema,
  // A person's plan is found by their own session; there is no id in the form to point elsewhere.
  owns: () => true,
  run: async (session, input) => ({
    errors: input.errors,
    result: await updatePlan(session, {
      expectedVersion: input.version,
      change: (plan) => withReflection(plan, input.answers, input.today, input.unreadable),
    }),
  }),
});

/** Saves the look back, then shows who the person could talk it over with; nothing sent is lost on the way. */
async function saveReflectionState(_previous: ReflectionFormState, form: FormData): Promise<ReflectionFormState> {
  const outcome = await saveReflection(form);
  if (!outcome.ok) {
    const fields = form instanceof FormData ? fieldsOf(form) : undefined;
    const state: ReflectionFormState = {
      ...refusedState(outcome),
      unsaved: true,
      answers: fields ? readReflection(fields).answers : undefined,
      version: sentVersion(form),
    };
    if (outcome.reason !== "signed-out") return state;
    const signInTry = outcome.signInError ? { signInError: outcome.signInError, signInAttempt: randomUUID() } : {};
    return { ...state, formError: undefined, signedOut: true, ...signInTry };
  }
  const { result, errors } = outcome.value;
  if (!result.ok) {
    const { saved, mine } = result.conflict;
    const conflict = conflictOf(saved.value, mine, await getLocale());
    return { conflict, version: saved.version, answers: mine.reflection?.answers };
  }
  if (Object.keys(errors).length > 0)
    return {
      fieldErrors: errors,
      version: result.plan.version,
      savedAt: new Date().toISOString(),
      answers: result.plan.value.reflection?.answers,
    };
  revalidatePath(planRoutes.lookBack);
  redirect(`${planRoutes.lookBack}#${TALK_IT_OVER_ID}`);
}

/** The same, with its messages in the reader's language. */
export async function saveReflectionAction(
  previous: ReflectionFormState,
  form: FormData,
): Promise<ReflectionFormState> {
  return sayFormState(await saveReflectionState(previous, form));
}
