"use server";

import { accountRefusal } from "@/lib/auth/account-refusal";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { planKindFormSchema } from "@/lib/auth/account-schemas";

import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import type { PlanKindState } from "@/lib/forms/account-form-states";
import { planPlaces } from "@/lib/settings/plan-kind";
import { planKindStore } from "@/lib/settings/plan-kind-store";

const choose = guardedAction({
  session: "required",
  input: planKindFormSchema,
  // The choice saved is always the signed-in person's own record.
  owns: () => true,
  run: async (session, input) => {
    await planKindStore.save(session, input.planKind);
    return input.planKind;
  },
});

export async function choosePlanKindAction(_previous: PlanKindState, form: FormData): Promise<PlanKindState> {
  const outcome = await choose(formFields(form));
  if (!outcome.ok) return accountRefusal(outcome);
  // The header offers the plan chosen: draw the layout again.
  revalidatePath("/", "layout");
  redirect(planPlaces[outcome.value].home);
}
