"use client";

import type english from "@/messages/en/account.json";
import { useActionState } from "react";
import type { RecoverState } from "@/lib/forms/account-form-states";
import { ChoosePassphraseFields } from "./choose-passphrase-fields";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { RecoveryCodeNotice, type RecoveryNoticeWords } from "./recovery-code-notice";

type Props = {
  action: (previous: RecoverState, form: FormData) => Promise<RecoverState>;
  /** Passed in by the page: the schemas it comes from (zod, a list of common passwords) stay on the server. */
  passphraseHint: string;
  /** Each field's limit, read from the server's schema by the page (zod stays on the server). */
  maxLengths?: Record<string, number>;
  /** The form's words in the page's language, from the page. */
  words: RecoverWords;
  noticeWords: RecoveryNoticeWords;
};

export type RecoverWords = typeof english.recover;

export function RecoverForm({ action, passphraseHint, maxLengths = {}, words, noticeWords }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.recoveryCode) {
    return (
      <>
        <p className="font-bold">{words.done}</p>
        <RecoveryCodeNotice code={state.recoveryCode} problem={state.formError} words={noticeWords} />
      </>
    );
  }
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
        name="recoveryCode"
        label={words.recoveryCode}
        hint={words.recoveryHint}
        error={errors.recoveryCode}
        maxLength={maxLengths.recoveryCode}
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
