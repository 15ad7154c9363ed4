"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ExportState, FormAction } from "@/lib/forms/plan-form-states";
import { fill } from "@/lib/plan/fill";

/** The form's words in the reader's language, from the page (messages planFiles.export). */
export type ExportFormWords = {
  ready: string;
  /** "Download {fileName}", filled here with the file's name. */
  download: string;
  readyAfter: string;
  passphrase: string;
  passphraseHint: string;
  passphraseAgain: string;
  button: string;
};

type Props = {
  action: FormAction<ExportState>;
  /** Each field's limit, read from the server's schema by the page (zod stays on the server). */
  maxLengths?: Record<string, number>;
  words: ExportFormWords;
};

export function ExportForm({ action, maxLengths = {}, words }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.file) {
    return (
      <p role="status" className="rounded-md bg-calm p-4">
        {words.ready}{" "}
        <a href={state.file} download={state.fileName} className="font-bold" data-plan-file="">
          {fill(words.download, { fileName: state.fileName ?? "" })}
        </a>
        {words.readyAfter}
      </p>
    );
  }
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <FormField
        name="passphrase"
        label={words.passphrase}
        type="password"
        hint={words.passphraseHint}
        error={errors.passphrase}
        maxLength={maxLengths.passphrase}
      />
      <FormField
        name="confirmPassphrase"
        label={words.passphraseAgain}
        type="password"
        error={errors.confirmPassphrase}
        maxLength={maxLengths.passphrase}
      />
      <SubmitButton>{words.button}</SubmitButton>
    </form>
  );
}
