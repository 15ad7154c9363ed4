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
  /** The form's words in the page's language, from the page. */
  words: { username: string; passphrase: string; button: string };
};

export function SignInForm({ action, maxLengths = {}, words }: Props) {
  const [state, formAction] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <FormField
        name="username"
        label={words.username}
        error={errors.username}
        defaultValue={state.values?.username}
        maxLength={maxLengths.username}
      />
      <FormField
        name="passphrase"
        label={words.passphrase}
        type="password"
        error={errors.passphrase}
        maxLength={maxLengths.passphrase}
      />
      <SubmitButton>{words.button}</SubmitButton>
    </form>
  );
}
