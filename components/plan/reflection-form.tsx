"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction } from "@/lib/forms/plan-form-states";
import type { ReflectionFormState } from "@/lib/forms/reflection-form-state";
import type { RiskQuestion } from "@/lib/plan/risk-questions";
import type { RiskAnswers } from "@/lib/plan/risk-reflection";
import { ConflictNotice } from "./conflict-notice";
import { RiskQuestionField, type RiskFieldWords } from "./risk-question-field";
import { SignInToSave, type SignInSettings } from "./sign-in-to-save";
import { sendWithoutReset } from "./use-autosave";

/** The form's words in the reader's language, handed over by the page. */
export type ReflectionFormWords = {
  questions: RiskQuestion[];
  field: RiskFieldWords;
  savedExcept: string;
  save: string;
};

type Props = {
  action: FormAction<ReflectionFormState>;
  /** The saved answers and version; absent when the page is drawn without a session. */
  answers?: RiskAnswers;
  version?: number;
  /** Today on the server; the person's own device puts its day in place of it, when it can. */
  today: string;
  signIn: SignInSettings;
  words: ReflectionFormWords;
};

const pad = (value: number) => String(value).padStart(2, "0");
const deviceDay = (now = new Date()) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

export function ReflectionForm({ action, answers, version, today, signIn, words }: Props) {
  const [state, formAction] = useActionState(action, {});
  const dayField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (dayField.current) dayField.current.value = deviceDay();
  }, []);
  const signedOut = state.signedOut === true || answers === undefined;
  // What the person chose stays chosen when it could not be saved.
  const shown = state.answers ?? answers ?? {};
  return (
    <form action={formAction} onSubmit={sendWithoutReset(formAction)} noValidate>
      {signedOut && <SignInToSave error={state.signInError} attempt={state.signInAttempt} settings={signIn} />}
      {state.conflict && <ConflictNotice differences={state.conflict.differences} words={signIn.words.conflict} />}
      <FormError message={state.formError ?? state.fieldErrors?.form ?? state.fieldErrors?.version} />
      <input type="hidden" name="version" value={state.version ?? version ?? ""} />
      <input type="hidden" name="today" defaultValue={today} ref={dayField} />
      {words.questions.map((question) => (
        <RiskQuestionField
          // A new answer from the server redraws the choices, since they are not controlled.
          key={`${question.id}-${shown[question.id] ?? ""}`}
          question={question}
          answer={shown[question.id]}
          error={state.fieldErrors?.[question.id]}
          words={words.field}
        />
      ))}
      {state.savedAt && (
        <p role="status" className="text-muted">
          {words.savedExcept}
        </p>
      )}
      <SubmitButton>{words.save}</SubmitButton>
    </form>
  );
}
