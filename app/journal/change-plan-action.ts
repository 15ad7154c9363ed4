"use server";

import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { refusedState, type FormState } from "@/lib/auth/form-state";
import { guardedActionWithSignIn } from "@/lib/auth/sign-in-to-save";
import { database } from "@/lib/db/database";
import { loadChangePlan, saveChangePlan } from "@/lib/plan/change-plan-store";
import { readVersion } from "@/lib/plan/plan-form-schemas";
import type { ChangePlanValue } from "@/lib/plan/plan-schema";
import { applyChangePlanPatch, readChangePlan } from "@/lib/plan/read-change-plan";

export type ChangePlanState = FormState & {
  version?: number;
  saved?: boolean;
  value?: ChangePlanValue;
  clash?: ChangePlanValue;
  /** The session had ended: the form offers to sign in and save what is in it. */
  signedOut?: boolean;
  signInError?: string;
  signInAttempt?: string;
  signedInAgain?: boolean;
};

const changePlanForm = z.instanceof(FormData).transform((form, context) => {
  const read = readChangePlan(form);
  if (!read.patch) {
    context.addIssue({ code: "custom", path: ["form"], message: read.errors.form ?? "" });
    return z.NEVER;
  }
  return { patch: read.patch, errors: read.errors, version: readVersion(form, context) };
});

const save = guardedActionWithSignIn({
  session: "required",
  input: changePlanForm,
  owns: () => true,
  run: async (session, input) => {
    const db = database();
    const current = await loadChangePlan(db, session);
    const value = applyChangePlanPatch(current.value, input.patch);
    // Only a problem to report, and nothing new: no new version.
    if (Object.keys(input.errors).length > 0 && current.version === input.version && isDeepStrictEqual(value, current.value)) {
      return { result: { ok: true as const, plan: current }, value, errors: input.errors };
    }
    return { result: await saveChangePlan(db, session, value, input.version), value, errors: input.errors };
  },
});

// Without JavaScript the previous state comes back from a hidden field: only a version is kept from it.
const previousVersion = z.object({ version: z.number().int().min(0).optional().catch(undefined) }).catch({});
const sentVersion = (form: FormData) => z.coerce.number().int().min(0).safeParse(form.get("version")).data;

export async function saveChangePlanAction(previous: ChangePlanState, form: FormData): Promise<ChangePlanState> {
  const outcome = await save(form);
  // Refused: the boxes show what the person sent, beside the errors, rather than losing it.
  if (!outcome.ok) {
    const sent = form instanceof FormData ? readChangePlan(form).sent : undefined;
    const version = previousVersion.parse(previous).version ?? (form instanceof FormData ? sentVersion(form) : undefined);
    const attempt = outcome.reason === "signed-out" && outcome.signInError ? { signInError: outcome.signInError, signInAttempt: randomUUID() } : {};
    const signedOut = outcome.reason === "signed-out" ? { signedOut: true, formError: undefined, ...attempt } : {};
    return { ...refusedState(outcome), version, value: sent, ...signedOut };
  }
  const { result, value, errors } = outcome.value;
  const sent = readChangePlan(form).sent;
  // A box that needs fixing shows what the person typed, beside its message; the rest shows what is saved.
  const shown = { ...value, items: { ...value.items, ...Object.fromEntries(Object.keys(errors).filter((id) => id in sent.items).map((id) => [id, sent.items[id as keyof typeof sent.items] ?? []])) } };
  const problems = Object.keys(errors).length > 0 ? { fieldErrors: errors } : {};
  const again = outcome.signedInAgain ? { signedInAgain: true } : {};
  if (!result.ok) return { version: result.saved.version, value: result.saved.value, clash: shown, ...problems, ...again };
  return { version: result.plan.version, value: shown, saved: true, ...problems, ...again };
}
