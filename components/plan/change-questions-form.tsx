"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ChangeAnswersState, FormAction } from "@/lib/forms/plan-form-states";
import type { ChangeAnswers } from "@/lib/plan/change-answers";
import type { ChangeQuestion } from "@/lib/plan/change-questions";
import { QuestionField, type QuestionFieldWords } from "./question-field";
import { SignInToSave, type SignInSettings } from "./sign-in-to-save";

type Props = {
  action: FormAction<ChangeAnswersState>;
  /** The saved answers and version; absent when the page is drawn without a session. */
  answers?: ChangeAnswers;
  version?: number;
  signIn: SignInSettings;
  /** The questions and the form's words, in the reader's language. */
  questions: ChangeQuestion[];
  words: QuestionFieldWords & { save: string };
};

/** The change plan's few questions; every one can be skipped. */
export function ChangeQuestionsForm({ action, answers, version, signIn, questions, words }: Props) {
  const [state, formAction] = useActionState(action, {});
  // What the person chose stays chosen when it could not be saved.
  const shown = state.answers ?? answers ?? {};
  return (
    <form action={formAction} noValidate>
      {(state.signedOut === true || answers === undefined) && (
        <SignInToSave error={state.signInError} attempt={state.signInAttempt} settings={signIn} />
      )}
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
