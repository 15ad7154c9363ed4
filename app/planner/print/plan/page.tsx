import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { PlanCrisisLines } from "@/components/plan/plan-crisis-lines";
import { PrintButton } from "@/components/plan/print-button";
import { SectionSummary } from "@/components/plan/section-summary";
import { requireSession } from "@/lib/auth/require-session";
import { database } from "@/lib/db/database";
import { builtSafetyPlan } from "@/lib/plan/built-plan";
import { loadPlan } from "@/lib/plan/plan-store";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function PrintablePlanPage() {
  const session = await requireSession();
  const plan = await loadPlan(database(), session);
  const built = builtSafetyPlan(plan.value);
  return (
    <>
      <div className="print-hidden mb-4 flex flex-wrap items-center gap-4">
        <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
        <PrintButton />
      </div>
      <h1>My plan</h1>
      {built.sections.map((section) => (
        <SectionSummary
          key={section.id}
          section={section}
          entries={built.entries}
          mode="paper"
          extra={section.id === "emergency" ? <PlanCrisisLines answers={plan.value.circumstances} paper /> : undefined}
        />
      ))}
    </>
  );
}

export default pageOrUnavailable(PrintablePlanPage);
