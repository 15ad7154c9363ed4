"use client";

import { useActionState } from "react";
import type { SignUpState } from "@/app/sign-up/sign-up-action";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { RecoveryCodeNotice } from "./recovery-code-notice";

type Props = {
  action: (previous: SignUpState, form: FormData) => Promise<SignUpState>;
  /** Passed in by the page: the schemas it comes from (zod, a list of common passwords) stay on the server. */
  passphraseHint: string;
  /** Each field's limit, read from the server's schema by the page (zod stays on the server). */
  maxLengths?: Record<string, number>;
};

export function SignUpForm({ action, passphraseHint, maxLengths = {} }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.recoveryCode) return <RecoveryCodeNotice code={state.recoveryCode} problem={state.formError} />;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <FormField
        name="username"
        label="Username"
        hint="Not your real name or email: something only you would connect with you."
        error={errors.username}
        defaultValue={state.values?.username}
        maxLength={maxLengths.username}
      />
      <FormField name="passphrase" label="Passphrase" type="password" hint={passphraseHint} error={errors.passphrase} maxLength={maxLengths.passphrase} />
      <FormField name="confirmPassphrase" label="Passphrase again" type="password" error={errors.confirmPassphrase} maxLength={maxLengths.passphrase} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
