import { z } from "zod";
import { dayFromDevice } from "../plan/calendar-day";
import { riskAnswerValues, riskQuestionIds, type RiskAnswers, type RiskQuestionId } from "../plan/risk-reflection";
import { firstValue, type FormFields } from "./form-fields";
import { readFields, readVersion } from "./plan-form-schemas";
import type { FieldErrors } from "./read-plan-rows";

/** A message key (messages/<locale>/formErrors.json). */
export const UNREADABLE_ANSWER = "chooseYesNoNotSure";

const answerSchema = z.enum(riskAnswerValues);

/**
 * The look-back form: an empty choice is a skipped question. An answer that is none of ours
 * (only a hand-made post sends one) comes back with a message beside it, and the rest is saved.
 */
export function readReflection(fields: FormFields): {
  answers: RiskAnswers;
  unreadable: RiskQuestionId[];
  errors: FieldErrors;
} {
  const answers: RiskAnswers = {};
  const unreadable: RiskQuestionId[] = [];
  const errors: FieldErrors = {};
  for (const id of riskQuestionIds) {
    const sent = firstValue(fields, id) ?? "";
    if (sent === "") continue;
    const answer = answerSchema.safeParse(sent);
    if (answer.success) answers[id] = answer.data;
    else {
      unreadable.push(id);
      errors[id] = UNREADABLE_ANSWER;
    }
  }
  return { answers, unreadable, errors };
}

/** The whole post: the answers, the day on the person's device, and the plan version it was opened at. */
export const reflectionFormSchema = z.instanceof(FormData).transform((form, context) => {
  const fields = readFields(form, context);
  if (!fields) return z.NEVER;
  return {
    ...readReflection(fields),
    today: dayFromDevice(firstValue(fields, "today")),
    version: readVersion(fields, context),
  };
});

export type ReflectionForm = z.output<typeof reflectionFormSchema>;
