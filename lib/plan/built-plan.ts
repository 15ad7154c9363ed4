import "server-only";
import { strategies } from "../content/guidance";
import { buildPlan } from "./build-plan";
import type { PlanValue } from "./plan-schema";
import { safetyPlanTemplate } from "./safety-plan-template";

/** The person's plan as the builder lays it out from today's strategy library. */
export function builtSafetyPlan(plan: PlanValue) {
  return buildPlan(safetyPlanTemplate, plan.circumstances, plan.entries, strategies());
}

export function strategyText(id: string): string | undefined {
  return strategies().find((strategy) => strategy.id === id)?.text;
}
