"use client";

import { useActionState } from "react";
import type { ChangePassphraseState } from "@/lib/forms/account-form-states";
import { AppLink } from "@/components/app-link/app-link";
import { ChoosePassphraseFields } from "./choose-passphrase-fields";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { siteRoutes } from "@/lib/site/site-routes";

type Props = {
  action: (previous: ChangePassphraseState, form: FormData) => Promise<ChangePassphraseState>;
  /** Passed in by the page: the schemas it comes from (zod, a list of common passwords) stay on the server. */
  passphraseHint: string;
  /** Each field's limit, read from the server's schema by the page (zod stays on the server). */
  maxLengths?: Record<string, number>;
  /** The form's words in the page's language, from the page. */
  words: {
    changed: string;
    back: string;
    current: string;
    newPassphrase: string;
    newPassphraseAgain: string;
    button: string;
  };
};

export function ChangePassphraseForm({ action, passphraseHint, maxLengths = {}, words }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.changed) {
    return (
      <p role="status" className="rounded-md bg-calm p-4">
        {words.changed} <AppLink href={siteRoutes.account.href}>{words.back}</AppLink>
      </p>
    );
  }
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <FormField
        name="currentPassphrase"
        label={words.current}
        type="password"
        error={errors.currentPassphrase}
        maxLength={maxLengths.currentPassphrase}
      />
      <ChoosePassphraseFields
        label={words.newPassphrase}
        againLabel={words.newPassphraseAgain}
        hint={passphraseHint}
        errors={errors}
        maxLength={maxLengths.passphrase}
      />
      <SubmitButton>{words.button}</SubmitButton>
    </form>
  );
}
