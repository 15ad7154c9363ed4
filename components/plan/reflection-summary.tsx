import { AppLink } from "@/components/app-link/app-link";
import { describeDay } from "@/lib/plan/calendar-day";
import type { RiskReflection } from "@/lib/plan/risk-reflection";
import { planRoutes } from "@/lib/site/site-routes";

/**
 * On the plan: when the person last looked back over the last few months, and a way to look again.
 * It never repeats the answers, since the plan's first screen is the one most often seen over a shoulder.
 */
export function ReflectionSummary({ reflection }: { reflection?: RiskReflection }) {
  return (
    <section aria-labelledby="look-back-heading" className="mb-6 rounded-md bg-calm p-4" data-reflection-summary="">
      <h2 id="look-back-heading" className="mt-0 text-lg">
        Looking back
      </h2>
      {reflection ? (
        <p className="mb-0">
          You last looked back over the last few months on{" "}
          <time dateTime={reflection.answeredOn}>{describeDay(reflection.answeredOn)}</time>. Things change, and you can
          look again at any time. <AppLink href={planRoutes.lookBack}>Look back again</AppLink>
        </p>
      ) : (
        <p className="mb-0">
          A few questions about the last few months can bring ideas into your plan that fit what has been happening.
          Skip any of them. <AppLink href={planRoutes.lookBack}>Look back over the last few months</AppLink>
        </p>
      )}
    </section>
  );
}
