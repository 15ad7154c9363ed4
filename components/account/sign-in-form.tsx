"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/auth/form-state";

type Props = {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  /** Each field's limit, read from the server's schema by the page (zod stays on the server). */
  maxLengths?: Record<string, number>;
};

export function SignInForm({ action, maxLengths = {} }: Props) {
  const [state, formAction] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <FormField
        name="username"
        label="Username"
        error={errors.username}
        defaultValue={state.values?.username}
        maxLength={maxLengths.username}
      />
      <FormField
        name="passphrase"
        label="Passphrase"
        type="password"
        error={errors.passphrase}
        maxLength={maxLengths.passphrase}
      />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
