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
};

export function ChangePassphraseForm({ action, passphraseHint, maxLengths = {} }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.changed) {
    return (
      <p role="status" className="rounded-md bg-calm p-4">
        Your passphrase is changed. Everything you saved is still here, and any other browser signed in to your account
        has been signed out. <AppLink href={siteRoutes.account.href}>Back to your account</AppLink>
      </p>
    );
  }
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <FormField
        name="currentPassphrase"
        label="Current passphrase"
        type="password"
        error={errors.currentPassphrase}
        maxLength={maxLengths.currentPassphrase}
      />
      <ChoosePassphraseFields
        label="New passphrase"
        hint={passphraseHint}
        errors={errors}
        maxLength={maxLengths.passphrase}
      />
      <SubmitButton>Change passphrase</SubmitButton>
    </form>
  );
}
