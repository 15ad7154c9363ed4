import { describeDay } from "./calendar-day";
import type { PlanValue } from "./plan-schema";
import { riskQuestions } from "./risk-questions";
import type { RiskAnswer, RiskAnswers, RiskReflection } from "./risk-reflection";

type Dated = { answeredOn: string; answers: RiskAnswers };

const before: Record<RiskAnswer | "skipped", (name: string) => string> = {
  yes: (name) => `You said yes to “${name}”`,
  no: (name) => `You said no to “${name}”`,
  "not-sure": (name) => `You were not sure about “${name}”`,
  skipped: (name) => `You skipped “${name}”`,
};
const now: Record<RiskAnswer | "skipped", string> = {
  yes: "now yes",
  no: "now no",
  "not-sure": "now not sure",
  skipped: "now skipped",
};

/** How each answer moved from an earlier look back to these answers, one sentence per question that moved. */
export function answerMoves(earlier: Dated, answers: RiskAnswers): string[] {
  return riskQuestions.flatMap((question) => {
    const was = earlier.answers[question.id] ?? "skipped";
    const is = answers[question.id] ?? "skipped";
    if (was === is) return [];
    return [`${before[was](question.short)} on ${describeDay(earlier.answeredOn)}; ${now[is]}.`];
  });
}

/** How the latest look back differs from the one before it; empty when there was none before. */
export function movesSinceEarlier(reflection: RiskReflection | undefined): string[] {
  return reflection?.earlier ? answerMoves(reflection.earlier, reflection.answers) : [];
}

/** The look back's part of "what changed" between two versions of a plan. */
export function describeReflectionChanges(was: PlanValue, is: PlanValue): string[] {
  const earlier = was.reflection;
  const latest = is.reflection;
  if (!latest) return earlier ? ["You cleared your answers about the last few months."] : [];
  if (!earlier) return [`You looked back over the last few months on ${describeDay(latest.answeredOn)}.`];
  const moves = answerMoves(earlier, latest.answers);
  if (earlier.answeredOn === latest.answeredOn) return moves;
  const again = `You looked back over the last few months again on ${describeDay(latest.answeredOn)}`;
  return moves.length === 0 ? [`${again}; your answers stayed the same.`] : [`${again}.`, ...moves];
}
