import { z } from "zod";
import { provinceCodes } from "../content/regions";

/**
 * The change plan's short, skippable questions, as stored in the change plan. A skipped question
 * means ideas that depend on it are not shown: we only tailor to what we were told.
 */
const yesNoUnsure = ["yes", "no", "unsure"] as const;
export const programStages = ["not-started", "waiting", "in-one", "finished"] as const;

export const changeAnswersSchema = z
  .object({
    /** A parent, step-parent or anyone who cares for children. */
    caresForChildren: z.boolean().optional(),
    /** A court order, bail, probation or peace bond condition about contact. */
    courtOrder: z.enum(yesNoUnsure).optional(),
    /** Whether alcohol or drugs are sometimes part of what happens. */
    substances: z.enum(yesNoUnsure).optional(),
    /** Where the person is with a program for people who have used violence. */
    program: z.enum(programStages).optional(),
    province: z.enum(provinceCodes).optional(),
  })
  .strict();

export type ChangeAnswers = z.infer<typeof changeAnswersSchema>;
export type ChangeAnswerKey = keyof ChangeAnswers;

/** What a change-plan strategy's `when:` may test: a list means "any of these answers". */
export const changeConditionSchema = z
  .object({
    caresForChildren: z.boolean(),
    courtOrder: z.array(z.enum(yesNoUnsure)).min(1),
    substances: z.array(z.enum(yesNoUnsure)).min(1),
    program: z.array(z.enum(programStages)).min(1),
    province: z.array(z.enum(provinceCodes)).min(1),
  })
  .partial()
  .strict();

export type ChangeCondition = z.infer<typeof changeConditionSchema>;

/** Whether every condition holds for these answers; a skipped question holds for none. */
export function matchesChangeAnswers(condition: object | undefined, answers: ChangeAnswers): boolean {
  return Object.entries(condition ?? {}).every(([key, expected]) => {
    const answer = answers[key as ChangeAnswerKey];
    if (answer === undefined) return false;
    return Array.isArray(expected) ? (expected as unknown[]).includes(answer) : answer === expected;
  });
}
