import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppLink } from "@/components/app-link/app-link";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";
import { PlanCrisisLines } from "@/components/plan/plan-crisis-lines";
import { SectionForm } from "@/components/plan/section-form";
import { sessionOrFormPost } from "@/lib/auth/session-in-cookie-jar";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { database } from "@/lib/db/database";
import { builtSafetyPlan } from "@/lib/plan/built-plan";
import { loadPlan } from "@/lib/plan/plan-store";
import { planSectionIds, type PlanSectionId } from "@/lib/plan/plan-sections";
import { safetyPlanSections } from "@/lib/plan/safety-plan-template";
import { siteRoutes } from "@/lib/site/site-routes";
import { saveSectionAction } from "../../plan-actions";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

// Without JavaScript, React hands an action's answer back to the form at the same place in the tree;
// one key for both drawings keeps that place whatever else the page shows above the form.
const FORM_KEY = "section-form";

const isSectionId = (id: string): id is PlanSectionId => (planSectionIds as readonly string[]).includes(id);

async function PlanSectionPage({ params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  if (!isSectionId(id)) notFound();
  const signIn = signInToSaveSettings();
  const session = await sessionOrFormPost();
  if (!session) {
    // The answer to a post whose session had ended: the form again, from what was sent, without the plan.
    const template = safetyPlanSections.find((candidate) => candidate.id === id);
    return (
      <>
        <p className="print-hidden mb-2 text-sm">
          <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
        </p>
        <h1>{template?.title}</h1>
        <p className="text-lg text-muted">{template?.intro}</p>
        <p className="text-sm text-muted">Sign in to see the ideas for this part of your plan.</p>
        <SectionForm key={FORM_KEY} action={saveSectionAction} sectionId={id} blankId={randomUUID()} signIn={signIn} />
      </>
    );
  }
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
        key={FORM_KEY}
        action={saveSectionAction}
        sectionId={id}
        section={section}
        entries={plan.value.entries}
        version={plan.version}
        blankId={randomUUID()}
        signIn={signIn}
      />
    </>
  );
}

export default pageOrUnavailable(PlanSectionPage);
