import "server-only";
import { buildPlan } from "../plan/build-plan";
import { changePlanTemplateIn } from "../plan/change-plan-template";
import type { SafetyAnswers } from "../plan/circumstances";
import { nextSteps } from "../plan/next-steps";
import type { ChangePlanValue, PlanValue } from "../plan/plan-schema";
import { planSectionIds } from "../plan/plan-sections";
import { safetyPlanTemplateIn } from "../plan/safety-plan-template";
import { strategies } from "./guidance";
import { planWordsFor } from "./plan-words-for";

/** The builder's answers: the questions and the latest reflection. */
export const safetyAnswersOf = (plan: PlanValue): SafetyAnswers => ({ ...plan.circumstances, risk: plan.reflection?.answers });

/** The person's plan as the builder lays it out from today's strategy library, in the reader's language. */
export function builtSafetyPlan(plan: PlanValue, locale = "en") {
  return buildPlan(
    safetyPlanTemplateIn(planWordsFor(locale)),
    safetyAnswersOf(plan),
    plan.entries,
    strategies(locale),
  );
}

/** The few steps the plan opens with, from the plan as the builder laid it out. */
export function nextStepsOf(plan: PlanValue, locale = "en", built = builtSafetyPlan(plan, locale)) {
  return nextSteps({
    sections: built.sections,
    strategies: strategies(locale),
    answers: safetyAnswersOf(plan),
    setAside: plan.nextStepsSetAside,
    words: planWordsFor(locale),
  });
}

/** Whether an id names an idea of the safety plan (not of the change plan). */
export const isSafetyPlanIdea = (id: string) =>
  strategies().some((strategy) => strategy.id === id && (planSectionIds as readonly string[]).includes(strategy.section));

export function strategyText(id: string, locale = "en"): string | undefined {
  return strategies(locale).find((strategy) => strategy.id === id)?.text;
}

/** The words of one idea in a locale, for "what changed" lines. */
export const strategyTextIn = (locale: string) => (id: string) => strategyText(id, locale);

/** The change plan as the builder lays it out, tailored by its own answers, in the reader's language. */
export function builtChangePlan(plan: ChangePlanValue, locale = "en") {
  return buildPlan(changePlanTemplateIn(planWordsFor(locale)), plan.answers ?? {}, plan, strategies(locale));
}
