import type { PlanValue } from "./plan-schema";

/** Whether the person's chosen review date has come. Dates are compared as calendar days. */
export function reviewIsDue(plan: PlanValue, today = new Date()): boolean {
  return plan.reviewBy !== undefined && plan.reviewBy <= today.toISOString().slice(0, 10);
}
