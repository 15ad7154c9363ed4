"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import type { PlanKindState } from "@/lib/forms/account-form-states";
import type { PlanKind } from "@/lib/settings/plan-kind";
import { PlanKindQuestion } from "./plan-kind-question";

type Props = { action: (previous: PlanKindState, form: FormData) => Promise<PlanKindState>; chosen: PlanKind };

/** Choosing the other kind of plan; once saved, the plan chosen opens. Works as a plain form post. */
export function PlanKindForm({ action, chosen }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <PlanKindQuestion chosen={chosen} />
      <SubmitButton>Save and open that plan</SubmitButton>
    </form>
  );
}
