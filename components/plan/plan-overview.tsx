import { AppLink } from "@/components/app-link/app-link";
import type { BuiltPlan } from "@/lib/plan/build-plan";
import type { PlanEntries, PlanValue } from "@/lib/plan/plan-schema";
import { reviewIsDue } from "@/lib/plan/review-due";
import { planRoutes } from "@/lib/site/site-routes";
import { PlanCrisisLines } from "./plan-crisis-lines";
import { ReviewByForm } from "./review-by-form";
import { SectionSummary } from "./section-summary";

type Props = {
  plan: { version: number; value: PlanValue };
  built: BuiltPlan<PlanEntries>;
  changes?: string[];
  /** Where the review date form posts. */
  setReviewBy: React.ComponentProps<typeof ReviewByForm>["action"];
};

const tools = [
  { href: planRoutes.questions, label: "Your answers" },
  { href: planRoutes.review, label: "Review my plan" },
  { href: planRoutes.history, label: "History" },
  { href: planRoutes.print, label: "Print" },
  { href: planRoutes.card, label: "Wallet card" },
  { href: planRoutes.exportFile, label: "Save a locked copy" },
  { href: planRoutes.importFile, label: "Bring back a copy" },
];

/** The whole plan at a glance, with a way into every part. */
export function PlanOverview({ plan, built, changes, setReviewBy }: Props) {
  return (
    <>
      {reviewIsDue(plan.value) && (
        <p role="status" className="rounded-md border-l-4 border-link bg-calm p-4">
          It is time to look over your plan, as you asked.{" "}
          <AppLink href={planRoutes.review} className="font-bold">
            Review my plan
          </AppLink>
        </p>
      )}
      <nav aria-label="Plan tools" className="print-hidden mb-6">
        <ul className="flex list-none flex-wrap gap-x-4 gap-y-1 pl-0">
          {tools.map((tool) => (
            <li key={tool.href}>
              <AppLink href={tool.href} className="inline-block py-1">
                {tool.label}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="changed-heading" className="mb-6">
        <h2 id="changed-heading" className="mt-0">
          What changed since your last review
        </h2>
        {changes === undefined ? (
          <p>You have not reviewed your plan yet. A review asks what has changed in your life and updates the ideas.</p>
        ) : changes.length === 0 ? (
          <p>Nothing has changed since your last review.</p>
        ) : (
          <ul data-changes="">
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
      <ReviewByForm action={setReviewBy} reviewBy={plan.value.reviewBy} version={plan.version} />
      {built.sections.map((section) => (
        <SectionSummary
          key={section.id}
          section={section}
          entries={built.entries}
          extra={section.id === "emergency" ? <PlanCrisisLines answers={plan.value.circumstances} /> : undefined}
        />
      ))}
    </>
  );
}
