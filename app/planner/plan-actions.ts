"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormDraft } from "@/components/plan/form-draft";
import { refusedState, type FormState } from "@/lib/auth/form-state";
import { guardedActionWithSignIn, type SignInToSaveOutcome } from "@/lib/auth/sign-in-to-save";
import { database } from "@/lib/db/database";
import { draftOf } from "@/lib/plan/draft-of";
import { fieldsOf } from "@/lib/plan/form-fields";
import { circumstancesFormSchema, sectionFormSchema } from "@/lib/plan/plan-form-schemas";
import { loadPlan, savePlan } from "@/lib/plan/plan-store";
import { planEntriesSchema, type PlanValue } from "@/lib/plan/plan-schema";
import { readCircumstances } from "@/lib/plan/read-plan-forms";
import type { Circumstances } from "@/lib/plan/circumstances";
import { saveSectionPatch } from "@/lib/plan/save-section-patch";
import { siteRoutes } from "@/lib/site/site-routes";

export type PlanFormState = FormState & {
  version?: number;
  savedAt?: string;
  /** Another tab or device saved first. Both versions are shown; the person's own is kept as a snapshot. */
  conflict?: { saved: PlanValue; mine: PlanValue };
  /** What is now saved (or, after a clash, the person's own version), to redraw the form from. */
  entries?: PlanValue["entries"];
  /** A fresh id for the empty "add another" row. */
  blankId?: string;
  /** What the person sent, when some or all of it could not be saved: the form shows their words again, with the errors. */
  draft?: FormDraft;
  /** Nothing was saved (signed out, refused, or the database away): every row shows what was sent. */
  unsaved?: boolean;
  /** The session had ended: the form offers to sign in and save what is in it. */
  signedOut?: boolean;
  /** Why signing in from the form did not work (the same words as the sign-in page), and which try it was. */
  signInError?: string;
  signInAttempt?: string;
  /** Signed in again from the form itself, and saved. */
  signedInAgain?: boolean;
  /** Rows marked to remove that an autosave kept: only the Save button removes. */
  waitingToRemove?: number;
  /** The answers as sent, when they could not be saved. */
  answers?: Circumstances;
};

const saveAnswers = guardedActionWithSignIn({
  session: "required",
  input: circumstancesFormSchema,
  // A person's plan is found by their own session; there is no id in the form to point elsewhere.
  owns: () => true,
  run: async (session, input) => {
    const db = database();
    const current = await loadPlan(db, session);
    return savePlan(db, session, { ...current.value, circumstances: input.answers }, input.version);
  },
});

const saveSection = guardedActionWithSignIn({
  session: "required",
  input: sectionFormSchema,
  owns: () => true,
  run: (session, input) => saveSectionPatch(database(), session, input),
});

function conflictState(conflict: { saved: { version: number; value: PlanValue }; mine: PlanValue }): PlanFormState {
  return { conflict: { saved: conflict.saved.value, mine: conflict.mine }, version: conflict.saved.version };
}

const signInTry = (error?: string) => (error ? { signInError: error, signInAttempt: randomUUID() } : {});

/** A refused post: say why, and keep everything the person sent on screen. */
function refused(outcome: SignInToSaveOutcome<unknown>): PlanFormState {
  if (outcome.ok) return {};
  const state: PlanFormState = { ...refusedState(outcome), unsaved: true };
  if (outcome.reason === "signed-out") return { ...state, formError: undefined, signedOut: true, ...signInTry(outcome.signInError) };
  return state;
}

/** The version the form was opened at, so a sign-in-and-save still checks for changes made meanwhile. */
const sentVersion = (form: FormData) => z.coerce.number().int().min(0).safeParse(form.get("version")).data;

export async function saveAnswersAction(_previous: PlanFormState, form: FormData): Promise<PlanFormState> {
  const outcome = await saveAnswers(form);
  if (!outcome.ok) {
    const fields = form instanceof FormData ? fieldsOf(form) : undefined;
    return { ...refused(outcome), answers: fields ? readCircumstances(fields).answers : undefined, version: form instanceof FormData ? sentVersion(form) : undefined };
  }
  if (!outcome.value.ok) return conflictState(outcome.value.conflict);
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

export async function saveSectionAction(previous: PlanFormState, form: FormData): Promise<PlanFormState> {
  const outcome = await saveSection(form);
  // Refused: keep showing what was on screen; the errors sit beside the fields that need them.
  if (!outcome.ok) return { ...previousSectionState.parse(previous), ...refused(outcome), draft: draftOf(form) };
  const { result, errors, waitingToRemove } = outcome.value;
  const blankId = randomUUID();
  const again = outcome.signedInAgain ? { signedInAgain: true } : {};
  // Whatever could be saved is saved; what needs fixing comes back with its words and its message.
  const problems = Object.keys(errors).length > 0 ? { fieldErrors: errors, draft: draftOf(form) } : {};
  if (!result.ok) return { ...conflictState(result.conflict), entries: result.conflict.mine.entries, blankId, waitingToRemove, ...problems, ...again };
  return { version: result.plan.version, savedAt: new Date().toISOString(), entries: result.plan.value.entries, blankId, waitingToRemove, ...problems, ...again };
}
