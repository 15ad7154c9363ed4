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
  words: { passphrase: string; hint: string; button: string };
};

export function DeleteAccountForm({ action, maxLengths = {}, words }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <FormField
        name="passphrase"
        label={words.passphrase}
        type="password"
        hint={words.hint}
        error={state.fieldErrors?.passphrase}
        maxLength={maxLengths.passphrase}
      />
      <SubmitButton tone="danger">{words.button}</SubmitButton>
    </form>
  );
}
