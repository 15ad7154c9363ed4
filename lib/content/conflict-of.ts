import "server-only";
import { describeChanges } from "../plan/describe-changes";
import type { PlanConflict } from "../forms/plan-form-states";
import type { PlanValue } from "../plan/plan-schema";
import { changesIn } from "./history-words-for";
import { strategyTextIn } from "./strategy-library";

/** Said on the server, so the form in the browser gets plain lines and no library of ideas. */
export function conflictOf(saved: PlanValue, mine: PlanValue, locale: string): PlanConflict {
  return { saved, mine, differences: describeChanges(saved, mine, strategyTextIn(locale), changesIn(locale)) };
}
