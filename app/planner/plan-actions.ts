"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { refusedState } from "@/lib/auth/form-state";
import { guardedActionWithSignIn, type SignInToSaveOutcome } from "@/lib/auth/sign-in-to-save";
import { conflictOf } from "@/lib/content/conflict-of";
import { draftOf } from "@/lib/forms/draft-of";
import { fieldsOf } from "@/lib/forms/form-fields";
import { circumstancesFormSchema, sectionFormSchema, sentVersion } from "@/lib/forms/plan-form-schemas";
import type { PlanFormState } from "@/lib/forms/plan-form-states";
import { readCircumstances } from "@/lib/forms/read-section-form";
import { sayFormState } from "@/lib/forms/say-form-state";
import { planEntriesSchema, type PlanValue } from "@/lib/plan/plan-schema";
import { saveSectionPatch } from "@/lib/plan-store/save-section-patch";
import { updatePlan } from "@/lib/plan-store/update-plan";
import { siteRoutes } from "@/lib/site/site-routes";

const saveAnswers = guardedActionWithSignIn({
  session: "required",
  input: circumstancesFormSchema,
  // A person's plan is found by their own session; there is no id in the form to point elsewhere.
  owns: () => true,
  run: (session, input) =>
    updatePlan(session, {
      expectedVersion: input.version,
      change: (plan) => ({ ...plan, circumstances: input.answers }),
    }),
});

const saveSection = guardedActionWithSignIn({
  session: "required",
  input: sectionFormSchema,
  owns: () => true,
  run: (session, input) => saveSectionPatch(session, input),
});

async function conflictState(conflict: {
  saved: { version: number; value: PlanValue };
  mine: PlanValue;
}): Promise<PlanFormState> {
  const said = conflictOf(conflict.saved.value, conflict.mine, await getLocale());
  return { conflict: said, version: conflict.saved.version };
}

const signInTry = (error?: string) => (error ? { signInError: error, signInAttempt: randomUUID() } : {});

/** A refused post: say why, and keep everything the person sent on screen. */
function refused(outcome: SignInToSaveOutcome<unknown>): PlanFormState {
  if (outcome.ok) return {};
  const state: PlanFormState = { ...refusedState(outcome), unsaved: true };
  if (outcome.reason === "signed-out")
    return { ...state, formError: undefined, signedOut: true, ...signInTry(outcome.signInError) };
  return state;
}

async function saveAnswersState(_previous: PlanFormState, form: FormData): Promise<PlanFormState> {
  const outcome = await saveAnswers(form);
  if (!outcome.ok) {
    const fields = form instanceof FormData ? fieldsOf(form) : undefined;
    return {
      ...refused(outcome),
      answers: fields ? readCircumstances(fields).answers : undefined,
      version: sentVersion(form),
    };
  }
  if (!outcome.value.ok) return await conflictState(outcome.value.conflict);
  redirect(siteRoutes.makeAPlan.href);
}

// Without JavaScript the previous state comes back from a hidden field, so it is checked like any input.
const previousSectionState = z
  .object({
    version: z.number().int().min(0).optional().catch(undefined),
    entries: planEntriesSchema.optional().catch(undefined),
    blankId: z.uuid().optional().catch(undefined),
  })
  .catch({});

async function saveSectionState(previous: PlanFormState, form: FormData): Promise<PlanFormState> {
  const outcome = await saveSection(form);
  // Refused: keep showing what was on screen; the errors sit beside the fields that need them.
  if (!outcome.ok) return { ...previousSectionState.parse(previous), ...refused(outcome), draft: draftOf(form) };
  const { result, errors, waitingToRemove } = outcome.value;
  const blankId = randomUUID();
  const again = outcome.signedInAgain ? { signedInAgain: true } : {};
  // Whatever could be saved is saved; what needs fixing comes back with its words and its message.
  const problems = Object.keys(errors).length > 0 ? { fieldErrors: errors, draft: draftOf(form) } : {};
  if (!result.ok)
    return {
      ...(await conflictState(result.conflict)),
      entries: result.conflict.mine.entries,
      blankId,
      waitingToRemove,
      ...problems,
      ...again,
    };
  return {
    version: result.plan.version,
    savedAt: new Date().toISOString(),
    entries: result.plan.value.entries,
    blankId,
    waitingToRemove,
    ...problems,
    ...again,
  };
}

/** The same, with its messages in the reader's language. */
export async function saveAnswersAction(previous: PlanFormState, form: FormData): Promise<PlanFormState> {
  return sayFormState(await saveAnswersState(previous, form));
}

/** The same, with its messages in the reader's language. */
export async function saveSectionAction(previous: PlanFormState, form: FormData): Promise<PlanFormState> {
  return sayFormState(await saveSectionState(previous, form));
}
