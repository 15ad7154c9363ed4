"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { PASSPHRASE_HINT } from "@/lib/auth/passphrase-hint";
import type { ExportState, FormAction } from "@/lib/forms/plan-form-states";

type Props = {
  action: FormAction<ExportState>;
  /** Each field's limit, read from the server's schema by the page (zod stays on the server). */
  maxLengths?: Record<string, number>;
};

export function ExportForm({ action, maxLengths = {} }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.file) {
    return (
      <p role="status" className="rounded-md bg-calm p-4">
        Your locked copy is ready.{" "}
        <a href={state.file} download={state.fileName} className="font-bold" data-plan-file="">
          Download {state.fileName}
        </a>
        . It opens only with the passphrase you just chose.
      </p>
    );
  }
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <FormField
        name="passphrase"
        label="A passphrase for this copy"
        type="password"
        hint={`${PASSPHRASE_HINT} It can differ from your account's.`}
        error={errors.passphrase}
        maxLength={maxLengths.passphrase}
      />
      <FormField
        name="confirmPassphrase"
        label="The same passphrase again"
        type="password"
        error={errors.confirmPassphrase}
        maxLength={maxLengths.passphrase}
      />
      <SubmitButton>Make a locked copy</SubmitButton>
    </form>
  );
}
