"use client";

import { useActionState } from "react";
import type { RecoverState } from "@/lib/forms/account-form-states";
import { ChoosePassphraseFields } from "./choose-passphrase-fields";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { RecoveryCodeNotice } from "./recovery-code-notice";

type Props = {
  action: (previous: RecoverState, form: FormData) => Promise<RecoverState>;
  /** Passed in by the page: the schemas it comes from (zod, a list of common passwords) stay on the server. */
  passphraseHint: string;
  /** Each field's limit, read from the server's schema by the page (zod stays on the server). */
  maxLengths?: Record<string, number>;
};

export function RecoverForm({ action, passphraseHint, maxLengths = {} }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.recoveryCode) {
    return (
      <>
        <p className="font-bold">
          Your new passphrase is set, and you are signed in. Your old recovery code no longer works.
        </p>
        <RecoveryCodeNotice code={state.recoveryCode} problem={state.formError} />
      </>
    );
  }
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
        name="recoveryCode"
        label="Recovery code"
        hint="The code you were given when you made your account, like ABCD-EFGH-…. Capitals and dashes do not matter."
        error={errors.recoveryCode}
        maxLength={maxLengths.recoveryCode}
      />
      <ChoosePassphraseFields
        label="New passphrase"
        hint={passphraseHint}
        errors={errors}
        maxLength={maxLengths.passphrase}
      />
      <SubmitButton>Set new passphrase</SubmitButton>
    </form>
  );
}
