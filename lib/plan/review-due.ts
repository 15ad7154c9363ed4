import type { PlanValue } from "./plan-schema";

/**
 * Whether the person's chosen review date has come and no review has been done since. Dates are
 * compared as calendar days.
 */
export function reviewIsDue(plan: PlanValue, today = new Date()): boolean {
  if (plan.reviewBy === undefined || plan.reviewBy > today.toISOString().slice(0, 10)) return false;
  return plan.lastReviewedAt === undefined || plan.lastReviewedAt.slice(0, 10) < plan.reviewBy;
}
