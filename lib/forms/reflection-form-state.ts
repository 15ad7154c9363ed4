import type { RiskAnswers } from "../plan/risk-reflection";
import type { PlanFormState } from "./plan-form-states";

/** What the look-back form shows after a post that did not go straight back to the page. */
export type ReflectionFormState = Omit<
  PlanFormState,
  "answers" | "entries" | "draft" | "blankId" | "waitingToRemove"
> & {
  /** The answers as sent (or, after a clash, the person's own), to show them again. */
  answers?: RiskAnswers;
};

/** Where the look-back page's hand-off starts, so a save lands on who the person could call. */
export const TALK_IT_OVER_ID = "talk-it-over";
