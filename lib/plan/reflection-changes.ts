import english from "../../messages/en/lookBack.json";
import { describeDay } from "./calendar-day";
import { fill } from "./fill";
import type { PlanValue } from "./plan-schema";
import { riskQuestionsIn, type LookBackWords } from "./risk-questions";
import type { RiskAnswers, RiskReflection } from "./risk-reflection";

type Dated = { answeredOn: string; answers: RiskAnswers };

/** The words and the locale the sentences are said in; English unless told. */
export type MovesIn = { words: LookBackWords; locale: string };
const inEnglish: MovesIn = { words: english, locale: "en" };

/** How each answer moved from an earlier look back to these answers, one sentence per question that moved. */
export function answerMoves(earlier: Dated, answers: RiskAnswers, { words, locale }: MovesIn = inEnglish): string[] {
  const { moves } = words;
  return riskQuestionsIn(words).flatMap((question) => {
    const was = earlier.answers[question.id] ?? "skipped";
    const is = answers[question.id] ?? "skipped";
    if (was === is) return [];
    return [
      fill(moves.moved, {
        before: fill(moves.before[was], { name: question.short }),
        day: describeDay(earlier.answeredOn, locale),
        now: moves.now[is],
      }),
    ];
  });
}

/** How the latest look back differs from the one before it; empty when there was none before. */
export function movesSinceEarlier(reflection: RiskReflection | undefined, said: MovesIn = inEnglish): string[] {
  return reflection?.earlier ? answerMoves(reflection.earlier, reflection.answers, said) : [];
}

/** The look back's part of "what changed" between two versions of a plan. */
export function describeReflectionChanges(was: PlanValue, is: PlanValue, said: MovesIn = inEnglish): string[] {
  const { moves } = said.words;
  const earlier = was.reflection;
  const latest = is.reflection;
  if (!latest) return earlier ? [moves.cleared] : [];
  const day = describeDay(latest.answeredOn, said.locale);
  if (!earlier) return [fill(moves.first, { day })];
  const moved = answerMoves(earlier, latest.answers, said);
  if (earlier.answeredOn === latest.answeredOn) return moved;
  return moved.length === 0 ? [fill(moves.againSame, { day })] : [fill(moves.again, { day }), ...moved];
}
