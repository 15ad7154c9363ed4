import { changeAnswersSchema, type ChangeAnswers } from "../plan/change-answers";
import { changeQuestions } from "../plan/change-questions";
import { fieldsOf, firstValue, TOO_MANY_FIELDS } from "./form-fields";
import type { FieldErrors } from "./read-plan-rows";

const NOT_A_CHOICE = "chooseOrSkip";

/** The change plan's questions form: an empty choice is a skipped question, not a "no". */
export function readChangeAnswers(form: FormData): { answers: ChangeAnswers; errors: FieldErrors } {
  const fields = fieldsOf(form);
  if (!fields) return { answers: {}, errors: { form: TOO_MANY_FIELDS } };
  const answers: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  for (const { key, kind } of changeQuestions) {
    const value = firstValue(fields, key) ?? "";
    if (value === "") continue;
    const answer = changeAnswersSchema.shape[key].safeParse(kind === "yes-no" ? value === "yes" : value);
    if (answer.success) answers[key] = answer.data;
    else errors[key] = NOT_A_CHOICE;
  }
  return { answers: answers as ChangeAnswers, errors };
}
