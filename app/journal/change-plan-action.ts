"use server";

import { z } from "zod";
import { refusedState } from "@/lib/auth/form-state";
import { guardedActionWithSignIn, signedOutState } from "@/lib/auth/sign-in-to-save";
import { changePlanFormSchema, sentVersion } from "@/lib/forms/plan-form-schemas";
import type { ChangePlanState } from "@/lib/forms/plan-form-states";
import { applyChangePlanPatch, readChangePlan } from "@/lib/forms/read-change-plan";
import { sayFormState } from "@/lib/forms/say-form-state";
import { updateChangePlan } from "@/lib/plan-store/change-plan-store";

const save = guardedActionWithSignIn({
  session: "required",
  input: changePlanFormSchema,
  // A person's change plan is found by their own session; there is no id in the form to point elsewhere.
  owns: () => true,
  run: async (session, input) => {
    const saved = await updateChangePlan(session, {
      expectedVersion: input.version,
      autosave: input.autosave,
      change: (current) => applyChangePlanPatch(current, input.patch),
      // Only a problem to report, and nothing new: no new version.
      onlyIfChanged: () => Object.keys(input.errors).length > 0,
    });
    return { ...saved, errors: input.errors };
  },
});

// Without JavaScript the previous state comes back from a hidden field: only a version is kept from it.
const previousVersion = z.object({ version: z.number().int().min(0).optional().catch(undefined) }).catch({});

async function saveChangePlanState(previous: ChangePlanState, form: FormData): Promise<ChangePlanState> {
  const outcome = await save(form);
  // Refused: the boxes show what the person sent, beside the errors, rather than losing it.
  if (!outcome.ok) {
    const sent = form instanceof FormData ? readChangePlan(form).sent : undefined;
    const version = previousVersion.parse(previous).version ?? sentVersion(form);
    return { ...refusedState(outcome), version, value: sent, ...signedOutState(outcome) };
  }
  const { result, value, errors } = outcome.value;
  const sent = readChangePlan(form).sent;
  // A box that needs fixing shows what the person typed, beside its message; the rest shows what is saved.
  const shown = {
    ...value,
    items: {
      ...value.items,
      ...Object.fromEntries(
        Object.keys(errors)
          .filter((id) => id in sent.items)
          .map((id) => [id, sent.items[id as keyof typeof sent.items] ?? []]),
      ),
    },
  };
  const problems = Object.keys(errors).length > 0 ? { fieldErrors: errors } : {};
  const again = outcome.signedInAgain ? { signedInAgain: true } : {};
  if (!result.ok)
    return { version: result.saved.version, value: result.saved.value, clash: shown, ...problems, ...again };
  return { version: result.plan.version, value: shown, saved: true, ...problems, ...again };
}

/** The same, with its messages in the reader's language. */
export async function saveChangePlanAction(previous: ChangePlanState, form: FormData): Promise<ChangePlanState> {
  return sayFormState(await saveChangePlanState(previous, form));
}
