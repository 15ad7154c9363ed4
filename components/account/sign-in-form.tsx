"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/auth/form-state";

type Props = { action: (previous: FormState, form: FormData) => Promise<FormState> };

export function SignInForm({ action }: Props) {
  const [state, formAction] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <FormField name="username" label="Username" error={errors.username} defaultValue={state.values?.username} />
      <FormField name="passphrase" label="Passphrase" type="password" error={errors.passphrase} />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
