import type { PlanValue } from "./plan-schema";

/**
 * Whether the person's chosen review date has come and no review has been done since. Dates are
 * compared as calendar days.
 */
export function reviewIsDue(plan: PlanValue, today = new Date()): boolean {
  if (plan.reviewBy === undefined || plan.reviewBy > today.toISOString().slice(0, 10)) return false;
  return plan.lastReviewedAt === undefined || plan.lastReviewedAt.slice(0, 10) < plan.reviewBy;
}

const DAY_MS = 86_400_000;

/**
 * The earliest review date a person may set now: their own today. The form sends the browser's date
 * when JavaScript runs, believed only within a day of the server's (every time zone is). Without it,
 * the server's date less a day, so an evening anywhere behind UTC (all of Canada) still counts as
 * today; a date more than a day gone is refused either way.
 */
export function earliestReviewDate(now: Date, browserToday?: string): string {
  const day = (offset: number) => new Date(now.getTime() + offset * DAY_MS).toISOString().slice(0, 10);
  if (browserToday && /^\d{4}-\d{2}-\d{2}$/.test(browserToday) && browserToday >= day(-1) && browserToday <= day(1))
    return browserToday;
  return day(-1);
}
