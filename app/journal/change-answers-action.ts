"use server";

import { redirect } from "next/navigation";
import { refusedState } from "@/lib/auth/form-state";
import { guardedActionWithSignIn, signedOutState } from "@/lib/auth/sign-in-to-save";
import { changeAnswersFormSchema, sentVersion } from "@/lib/forms/plan-form-schemas";
import type { ChangeAnswersState } from "@/lib/forms/plan-form-states";
import { readChangeAnswers } from "@/lib/forms/read-change-answers";
import { sayFormState } from "@/lib/forms/say-form-state";
import type { ChangeAnswerKey } from "@/lib/plan/change-answers";
import { updateChangePlan } from "@/lib/plan-store/change-plan-store";
import { siteRoutes } from "@/lib/site/site-routes";

const saveAnswers = guardedActionWithSignIn({
  session: "required",
  input: changeAnswersFormSchema,
  // A person's change plan is found by their own session; there is no id in the form to point elsewhere.
  owns: () => true,
  run: (session, input) =>
    updateChangePlan(session, {
      expectedVersion: input.version,
      change: (plan) => {
        const kept = Object.keys(input.errors).map((key) => [key, plan.answers?.[key as ChangeAnswerKey]]);
        return { ...plan, answers: { ...Object.fromEntries(kept), ...input.answers } };
      },
    }),
});

/** Saves the change plan's answers and opens the plan; what could not be saved stays chosen on screen. */
async function saveChangeAnswersState(_previous: ChangeAnswersState, form: FormData): Promise<ChangeAnswersState> {
  const outcome = await saveAnswers(form);
  const sent = form instanceof FormData ? readChangeAnswers(form) : { answers: {}, errors: {} };
  const version = sentVersion(form);
  if (!outcome.ok) return { ...refusedState(outcome), answers: sent.answers, version, ...signedOutState(outcome) };
  const { result } = outcome.value;
  // Another tab saved first: nothing was changed, and a second press saves these answers over that version.
  if (!result.ok)
    return {
      formError:
        "Your change plan was saved in another tab just now. Your answers are still chosen: press Save my answers again.",
      answers: sent.answers,
      version: result.saved.version,
    };
  if (Object.keys(sent.errors).length > 0)
    return { fieldErrors: sent.errors, answers: sent.answers, version: result.plan.version };
  redirect(siteRoutes.changePlan.href);
}

/** The same, with its messages in the reader's language. */
export async function saveChangeAnswersAction(
  previous: ChangeAnswersState,
  form: FormData,
): Promise<ChangeAnswersState> {
  return sayFormState(await saveChangeAnswersState(previous, form));
}
