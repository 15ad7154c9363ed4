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

export function DeleteAccountForm({ action, maxLengths = {} }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <FormField
        name="passphrase"
        label="Your passphrase"
        type="password"
        hint="Someone who only has your unlocked phone or computer cannot delete your account without it."
        error={state.fieldErrors?.passphrase}
        maxLength={maxLengths.passphrase}
      />
      <SubmitButton tone="danger">Delete my account and everything in it</SubmitButton>
    </form>
  );
}
