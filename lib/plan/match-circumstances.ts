import type { Circumstances, SafetyAnswers } from "./circumstances";
import type { Strategy } from "./strategy-schema";

/**
 * Whether a strategy's conditions hold for these answers. Every condition must hold, and a
 * question that was skipped holds for none of them: we only tailor to what we were told.
 */
export function matchesCircumstances(condition: Strategy["when"], answers: SafetyAnswers): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([key, expected]) => {
    if (key === "risk")
      return (expected as string[]).some((id) => answers.risk?.[id as keyof SafetyAnswers["risk"] & string] === "yes");
    if (key === "hasChildren") return answers.childAges !== undefined && answers.childAges.length > 0 === expected;
    const answer = answers[key as keyof Circumstances];
    if (answer === undefined) return false;
    if (Array.isArray(expected)) {
      return Array.isArray(answer)
        ? answer.some((value) => (expected as string[]).includes(value))
        : (expected as unknown[]).includes(answer);
    }
    return answer === expected;
  });
}
