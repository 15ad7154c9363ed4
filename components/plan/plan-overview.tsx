import { useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import type { BuiltPlan } from "@/lib/plan/build-plan";
import type { NextStep } from "@/lib/plan/next-steps";
import type { PlanEntries, PlanValue } from "@/lib/plan/plan-schema";
import { reviewIsDue } from "@/lib/plan/review-due";
import { planRoutes } from "@/lib/site/site-routes";
import { NextStepsList } from "./next-steps-list";
import { PlanCrisisLines } from "./plan-crisis-lines";
import { PlanToolsMenu } from "./plan-tools-menu";
import { SectionSummary } from "./section-summary";
import { useSectionSummaryWords } from "./section-summary-words";
import { SinceLastReview } from "./since-last-review";

type FormAction = (form: FormData) => Promise<void>;

type Props = {
  plan: { version: number; value: PlanValue };
  built: BuiltPlan<PlanEntries>;
  steps: NextStep[];
  changes?: string[];
  /** Where the review date form and the next steps' forms post. */
  actions: {
    setReviewBy: React.ComponentProps<typeof SinceLastReview>["setReviewBy"];
    done: FormAction;
    setAside: FormAction;
    bringBack: FormAction;
  };
};

/** The plan: a few next steps first, then every part with what the person wrote and a way into its ideas. */
export function PlanOverview({ plan, built, steps, changes, actions }: Props) {
  const t = useTranslations("plan.overview");
  const words = useSectionSummaryWords(built.sections);
  return (
    <>
      {reviewIsDue(plan.value) && (
        <p role="status" className="rounded-md border-l-4 border-link bg-calm p-4">
          {t("reviewDue")}{" "}
          <AppLink href={planRoutes.review} className="font-bold">
            {t("reviewLink")}
          </AppLink>
        </p>
      )}
      <PlanToolsMenu />
      <NextStepsList
        steps={steps}
        hasPriorities={(plan.value.circumstances.priorities ?? []).length > 0}
        anySetAside={(plan.value.nextStepsSetAside ?? []).length > 0}
        actions={actions}
      />
      <SinceLastReview
        changes={changes}
        reviewBy={plan.value.reviewBy}
        version={plan.version}
        setReviewBy={actions.setReviewBy}
      />
      <section aria-labelledby="parts-heading">
        <h2 id="parts-heading" className="mt-0">
          {t("partsHeading")}
        </h2>
        <p className="text-sm text-muted">{t("partsIntro")}</p>
        {built.sections.map((section) => (
          <SectionSummary
            key={section.id}
            section={section}
            words={words}
            entries={built.entries}
            heading="h3"
            extra={
              section.id === "emergency" ? (
                <PlanCrisisLines answers={plan.value.circumstances} heading="h4" />
              ) : undefined
            }
          />
        ))}
      </section>
    </>
  );
}
