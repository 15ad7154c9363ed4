import { z } from "zod";

/**
 * The danger indicators the reflection asks about, as stable ids. The wording lives with the page;
 * these are what strategies test (`when: { risk: [...] }`) and what a saved reflection holds.
 * Nothing here or anywhere adds them up: there is no score, level or colour.
 */
export const riskQuestionIds = [
  "strangulation",
  "threats-to-kill",
  "weapon",
  "escalation",
  "separation",
  "pregnancy",
  "stalking",
  "suicide-threats",
  "forced-sex",
  "harm-children-pets",
  "jealousy-control",
  "order-breaches",
] as const;

export type RiskQuestionId = (typeof riskQuestionIds)[number];
export const riskAnswerValues = ["yes", "no", "not-sure"] as const;
export type RiskAnswer = (typeof riskAnswerValues)[number];

export const riskAnswersSchema = z.partialRecord(z.enum(riskQuestionIds), z.enum(riskAnswerValues));
export type RiskAnswers = z.infer<typeof riskAnswersSchema>;

const datedAnswersSchema = z.object({ answeredOn: z.iso.date(), answers: riskAnswersSchema.default({}) });

/** The latest reflection, and the one before it so "what changed" can say how answers moved. */
export const riskReflectionSchema = datedAnswersSchema.extend({ earlier: datedAnswersSchema.optional() });
export type RiskReflection = z.infer<typeof riskReflectionSchema>;

/** The indicators answered "yes": the only thing the builder reads. */
export const answeredYes = (answers: RiskAnswers | undefined): RiskQuestionId[] =>
  riskQuestionIds.filter((id) => answers?.[id] === "yes");
