import { useLocale, useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import { describeDay } from "@/lib/plan/calendar-day";
import type { RiskReflection } from "@/lib/plan/risk-reflection";
import { planRoutes } from "@/lib/site/site-routes";

/**
 * On the plan: when the person last looked back over the last few months, and a way to look again.
 * It never repeats the answers, since the plan's first screen is the one most often seen over a shoulder.
 */
export function ReflectionSummary({ reflection }: { reflection?: RiskReflection }) {
  const t = useTranslations("plan.lookBackSummary");
  const locale = useLocale();
  return (
    <section aria-labelledby="look-back-heading" className="mb-6 rounded-md bg-calm p-4" data-reflection-summary="">
      <h2 id="look-back-heading" className="mt-0 text-lg">
        {t("heading")}
      </h2>
      {reflection ? (
        <p className="mb-0">
          {t.rich("last", {
            day: describeDay(reflection.answeredOn, locale),
            time: (words) => <time dateTime={reflection.answeredOn}>{words}</time>,
          })}{" "}
          <AppLink href={planRoutes.lookBack}>{t("again")}</AppLink>
        </p>
      ) : (
        <p className="mb-0">
          {t("never")} <AppLink href={planRoutes.lookBack}>{t("start")}</AppLink>
        </p>
      )}
    </section>
  );
}
