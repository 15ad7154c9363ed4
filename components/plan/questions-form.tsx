"use client";

import { useActionState } from "react";
import type { PlanFormState } from "@/app/planner/plan-actions";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Circumstances } from "@/lib/plan/circumstances";
import { questions } from "@/lib/plan/questions";
import { ConflictNotice } from "./conflict-notice";
import { QuestionField } from "./question-field";

type Props = {
  action: (previous: PlanFormState, form: FormData) => Promise<PlanFormState>;
  answers: Circumstances;
  version: number;
};

export function QuestionsForm({ action, answers, version }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      {state.conflict && <ConflictNotice saved={state.conflict.saved} mine={state.conflict.mine} />}
      <FormError message={state.formError} />
      <input type="hidden" name="version" value={state.version ?? version} />
      {questions.map((question) => (
        <QuestionField key={question.key} question={question} answers={state.conflict?.mine.circumstances ?? answers} error={state.fieldErrors?.[question.key]} />
      ))}
      <SubmitButton>Save my answers</SubmitButton>
    </form>
  );
}
