import { useLocale, useTranslations } from "next-intl";
import { lookBackWordsFor } from "@/lib/content/plan-words-for";
import { describeDay } from "@/lib/plan/calendar-day";
import { movesSinceEarlier } from "@/lib/plan/reflection-changes";
import type { RiskReflection } from "@/lib/plan/risk-reflection";

/** When the person last looked back, and how their answers moved since the time before, if they did. */
export function ReflectionMoves({ reflection }: { reflection: RiskReflection }) {
  const t = useTranslations("plan.moves");
  const locale = useLocale();
  const moves = movesSinceEarlier(reflection, { words: lookBackWordsFor(locale), locale });
  return (
    <>
      <p className="mb-1">
        {t.rich("last", {
          day: describeDay(reflection.answeredOn, locale),
          time: (words) => <time dateTime={reflection.answeredOn}>{words}</time>,
        })}
      </p>
      {reflection.earlier &&
        (moves.length === 0 ? (
          <p className="mb-1">{t("same")}</p>
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
