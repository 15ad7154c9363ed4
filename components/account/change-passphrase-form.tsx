"use client";

import { useActionState } from "react";
import type { ChangePassphraseState } from "@/app/account/passphrase/change-passphrase-action";
import { AppLink } from "@/components/app-link/app-link";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { PASSPHRASE_HINT } from "@/lib/auth/account-schemas";
import { siteRoutes } from "@/lib/site/site-routes";

type Props = { action: (previous: ChangePassphraseState, form: FormData) => Promise<ChangePassphraseState> };

export function ChangePassphraseForm({ action }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.changed) {
    return (
      <p role="status" className="rounded-md bg-calm p-4">
        Your passphrase is changed. Everything you saved is still here.{" "}
        <AppLink href={siteRoutes.account.href}>Back to your account</AppLink>
      </p>
    );
  }
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <FormField name="currentPassphrase" label="Current passphrase" type="password" error={errors.currentPassphrase} />
      <FormField name="passphrase" label="New passphrase" type="password" hint={PASSPHRASE_HINT} error={errors.passphrase} />
      <FormField name="confirmPassphrase" label="New passphrase again" type="password" error={errors.confirmPassphrase} />
      <SubmitButton>Change passphrase</SubmitButton>
    </form>
  );
}
