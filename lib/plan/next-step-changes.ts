import { MAX_MARKED_DONE, MAX_SET_ASIDE } from "./plan-limits";
import type { PlanValue } from "./plan-schema";

/** What a next step's "Done" does: the same tick as in the idea's own part of the plan. */
export function withStepDone(plan: PlanValue, id: string): PlanValue {
  const done = plan.entries.done;
  if (done[id] === true) return plan;
  if (!(id in done) && Object.keys(done).length >= MAX_MARKED_DONE) return plan;
  return { ...plan, entries: { ...plan.entries, done: { ...done, [id]: true } } };
}

/** "Pick a different one": the idea leaves the next steps only; past the cap, the oldest set aside may come back. */
export function withStepSetAside(plan: PlanValue, id: string): PlanValue {
  const earlier = (plan.nextStepsSetAside ?? []).filter((other) => other !== id);
  return { ...plan, nextStepsSetAside: [...earlier, id].slice(-MAX_SET_ASIDE) };
}

/** Every idea set aside may be suggested again. */
export function withSetAsideCleared(plan: PlanValue): PlanValue {
  const rest = { ...plan };
  delete rest.nextStepsSetAside;
  return rest;
}
