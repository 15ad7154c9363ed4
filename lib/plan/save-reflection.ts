import type { PlanValue } from "./plan-schema";
import type { RiskAnswers, RiskQuestionId } from "./risk-reflection";

/**
 * The plan with a new look-back saved on `today`. The one before moves into `earlier` when it was
 * on another day, so "what changed" can say how answers moved; a second look the same day replaces
 * that day's answers and keeps the earlier day as it was. `keep` names questions whose answer could
 * not be read: they keep the answer saved before. Nothing is counted or added up.
 */
export function withReflection(
  plan: PlanValue,
  answers: RiskAnswers,
  today: string,
  keep: readonly RiskQuestionId[] = [],
): PlanValue {
  const previous = plan.reflection;
  const kept = Object.fromEntries(keep.flatMap((id) => (previous?.answers[id] ? [[id, previous.answers[id]]] : [])));
  const earlier =
    previous && previous.answeredOn !== today
      ? { answeredOn: previous.answeredOn, answers: previous.answers }
      : previous?.earlier;
  return {
    ...plan,
    reflection: { answeredOn: today, answers: { ...answers, ...kept }, ...(earlier ? { earlier } : {}) },
  };
}
