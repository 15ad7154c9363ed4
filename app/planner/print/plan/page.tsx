import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { PlanCrisisLines } from "@/components/plan/plan-crisis-lines";
import { PrintButton } from "@/components/plan/print-button";
import { SectionSummary } from "@/components/plan/section-summary";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { builtSafetyPlan } from "@/lib/content/strategy-library";
import { planOf } from "@/lib/plan-store/saved-plans";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function PrintablePlanPage({ session }: { session: SignedIn }) {
  const plan = await planOf(session);
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

export default guardedPage(PrintablePlanPage);
