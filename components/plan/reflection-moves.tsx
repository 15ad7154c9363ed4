import { describeDay } from "@/lib/plan/calendar-day";
import { movesSinceEarlier } from "@/lib/plan/reflection-changes";
import type { RiskReflection } from "@/lib/plan/risk-reflection";

/** When the person last looked back, and how their answers moved since the time before, if they did. */
export function ReflectionMoves({ reflection }: { reflection: RiskReflection }) {
  const moves = movesSinceEarlier(reflection);
  return (
    <>
      <p className="mb-1">
        You last looked back on <time dateTime={reflection.answeredOn}>{describeDay(reflection.answeredOn)}</time>.
      </p>
      {reflection.earlier &&
        (moves.length === 0 ? (
          <p className="mb-1">Your answers are the same as the time before.</p>
        ) : (
          <ul data-reflection-moves="">
            {moves.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ))}
    </>
  );
}
