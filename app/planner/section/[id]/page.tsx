import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppLink } from "@/components/app-link/app-link";
import { PlanCrisisLines } from "@/components/plan/plan-crisis-lines";
import { SectionForm } from "@/components/plan/section-form";
import { requireSession } from "@/lib/auth/require-session";
import { database } from "@/lib/db/database";
import { builtSafetyPlan } from "@/lib/plan/built-plan";
import { loadPlan } from "@/lib/plan/plan-store";
import { planSectionIds, type PlanSectionId } from "@/lib/plan/plan-sections";
import { siteRoutes } from "@/lib/site/site-routes";
import { saveSectionAction } from "../../plan-actions";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function PlanSectionPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const id = (await params).id;
  if (!(planSectionIds as readonly string[]).includes(id)) notFound();
  const plan = await loadPlan(database(), session);
  const section = builtSafetyPlan(plan.value).sections.find((candidate) => candidate.id === id);
  if (!section) notFound();
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
      </p>
      <h1>{section.title}</h1>
      <p className="text-lg text-muted">{section.intro}</p>
      <p className="text-sm text-muted">Why this part is in your plan: {section.why}</p>
      {id === "emergency" && <PlanCrisisLines answers={plan.value.circumstances} heading="h2" />}
      <SectionForm
        action={saveSectionAction}
        section={{ ...section, id: id as PlanSectionId }}
        entries={plan.value.entries}
        version={plan.version}
        blankId={randomUUID()}
      />
    </>
  );
}

export default pageOrUnavailable(PlanSectionPage);
