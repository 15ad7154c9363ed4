"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import type { PlanKindState } from "@/lib/forms/account-form-states";
import type { PlanKind } from "@/lib/settings/plan-kind";
import { PlanKindQuestion, type PlanKindWords } from "./plan-kind-question";

type Props = {
  action: (previous: PlanKindState, form: FormData) => Promise<PlanKindState>;
  chosen: PlanKind;
  /** The question's words and the button's, in the page's language. */
  words: PlanKindWords & { save: string };
};

/** Choosing the other kind of plan; once saved, the plan chosen opens. Works as a plain form post. */
export function PlanKindForm({ action, chosen, words }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <PlanKindQuestion chosen={chosen} words={words} />
      <SubmitButton>{words.save}</SubmitButton>
    </form>
  );
}
