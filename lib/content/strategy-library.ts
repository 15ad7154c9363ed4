import "server-only";
import { buildPlan } from "../plan/build-plan";
import { changePlanTemplate } from "../plan/change-plan-template";
import type { SafetyAnswers } from "../plan/circumstances";
import { nextSteps } from "../plan/next-steps";
import type { ChangePlanValue, PlanValue } from "../plan/plan-schema";
import { planSectionIds } from "../plan/plan-sections";
import { safetyPlanTemplate } from "../plan/safety-plan-template";
import { strategies } from "./guidance";

/** The builder's answers: the questions and the latest reflection. */
export const safetyAnswersOf = (plan: PlanValue): SafetyAnswers => ({ ...plan.circumstances, risk: plan.reflection?.answers });

/** The person's plan as the builder lays it out from today's strategy library. */
export function builtSafetyPlan(plan: PlanValue) {
  return buildPlan(safetyPlanTemplate, safetyAnswersOf(plan), plan.entries, strategies());
}

/** The few steps the plan opens with, from the plan as the builder laid it out. */
export function nextStepsOf(plan: PlanValue, built = builtSafetyPlan(plan)) {
  return nextSteps({
    sections: built.sections,
    strategies: strategies(),
    answers: safetyAnswersOf(plan),
    setAside: plan.nextStepsSetAside,
  });
}

/** Whether an id names an idea of the safety plan (not of the change plan). */
export const isSafetyPlanIdea = (id: string) =>
  strategies().some((strategy) => strategy.id === id && (planSectionIds as readonly string[]).includes(strategy.section));

export function strategyText(id: string): string | undefined {
  return strategies().find((strategy) => strategy.id === id)?.text;
}

/** The change plan as the builder lays it out, tailored by its own answers. */
export function builtChangePlan(plan: ChangePlanValue) {
  return buildPlan(changePlanTemplate, plan.answers ?? {}, plan, strategies());
}
