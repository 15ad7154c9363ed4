"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, PlanFormState } from "@/lib/forms/plan-form-states";
import type { Circumstances } from "@/lib/plan/circumstances";
import type { Question } from "@/lib/plan/questions";
import { ConflictNotice } from "./conflict-notice";
import { QuestionField, type QuestionFieldWords } from "./question-field";
import { SignInToSave, type SignInSettings } from "./sign-in-to-save";
import { sendWithoutReset } from "./use-autosave";

type Props = {
  action: FormAction<PlanFormState>;
  /** The saved answers and version; absent when the page is drawn without a session. */
  answers?: Circumstances;
  version?: number;
  signIn: SignInSettings;
  /** The questions and the form's words, in the reader's language. */
  questions: Question[];
  words: QuestionFieldWords & { save: string };
};

export function QuestionsForm({ action, answers, version, signIn, questions, words }: Props) {
  const [state, formAction] = useActionState(action, {});
  const signedOut = state.signedOut === true || answers === undefined;
  // What the person chose stays chosen when it could not be saved.
  const shown = state.answers ?? state.conflict?.mine.circumstances ?? answers ?? {};
  return (
    <form action={formAction} onSubmit={sendWithoutReset(formAction)} noValidate>
      {signedOut && <SignInToSave error={state.signInError} attempt={state.signInAttempt} settings={signIn} />}
      {state.conflict && <ConflictNotice differences={state.conflict.differences} words={signIn.words.conflict} />}
      <FormError message={state.formError ?? state.fieldErrors?.form ?? state.fieldErrors?.version} />
      <input type="hidden" name="version" value={state.version ?? version ?? ""} />
      {questions.map((question) => (
        <QuestionField
          key={question.key}
          question={question}
          answers={shown}
          error={state.fieldErrors?.[question.key]}
          words={words}
        />
      ))}
      <SubmitButton>{words.save}</SubmitButton>
    </form>
  );
}
