"use server";

import { getLocale } from "next-intl/server";
import { accountRefusal } from "@/lib/auth/account-refusal";
import { guardedAction } from "@/lib/auth/guarded-action";
import { builtSafetyPlan } from "@/lib/content/strategy-library";
import type { PrintState } from "@/lib/forms/plan-form-states";
import { printChoicesFormSchema } from "@/lib/forms/print-choices-form";
import { printablePlan } from "@/lib/plan/print-choices";
import { planOf } from "@/lib/plan-store/saved-plans";

const choosePrint = guardedAction({
  session: "required",
  input: printChoicesFormSchema,
  // A person's plan is found by their own session; the form names only parts of it.
  owns: () => true,
  run: async (session, { choices, step }): Promise<PrintState> => {
    if (step === "choose") return { choices };
    const [plan, locale] = await Promise.all([planOf(session), getLocale()]);
    return { choices, printed: printablePlan(builtSafetyPlan(plan.value, locale), choices) };
  },
});

/** Draws the plan as it goes on paper, with only what the person chose; or the choices again. */
export async function printChoicesAction(_previous: PrintState, form: FormData): Promise<PrintState> {
  const outcome = await choosePrint(form);
  return outcome.ok ? outcome.value : accountRefusal(outcome);
}
