import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AppLink } from "@/components/app-link/app-link";
import { sectionFormWords } from "@/components/plan/form-words";
import { PlanCrisisLines } from "@/components/plan/plan-crisis-lines";
import { ShareLinks } from "@/components/helper-brief/share-links";
import { SectionForm } from "@/components/plan/section-form";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { signInToSaveSettings } from "@/lib/auth/sign-in-to-save";
import { planWordsFor } from "@/lib/content/plan-words-for";
import { builtSafetyPlan } from "@/lib/content/strategy-library";
import { planSectionIds, type PlanSectionId } from "@/lib/plan/plan-sections";
import { safetyPlanSectionsIn } from "@/lib/plan/safety-plan-template";
import { planOf } from "@/lib/plan-store/saved-plans";
import { briefsRoutes, siteRoutes } from "@/lib/site/site-routes";
import { saveSectionAction } from "../../plan-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

// Without JavaScript, React hands an action's answer back to the form at the same place in the tree;
// one key for both drawings keeps that place whatever else the page shows above the form.
const FORM_KEY = "section-form";

const isSectionId = (id: string): id is PlanSectionId => (planSectionIds as readonly string[]).includes(id);

async function PlanSectionPage({ params, session }: { params: Promise<{ id: string }>; session: SignedIn | null }) {
  const id = (await params).id;
  if (!isSectionId(id)) notFound();
  // Signed out, this answers a post whose session had ended: the form again, from what was sent, without the plan.
  const plan = session ? await planOf(session) : undefined;
  const [locale, t, words] = await Promise.all([getLocale(), getTranslations("plan.section"), sectionFormWords()]);
  const section = plan && builtSafetyPlan(plan.value, locale).sections.find((candidate) => candidate.id === id);
  if (plan && !section) notFound();
  const heading = section ?? safetyPlanSectionsIn(planWordsFor(locale)).find((candidate) => candidate.id === id);
  // One layout signed in or out: without JavaScript, React gives the form the answer to its post only
  // if the form is in the same place in the page as when it was sent.
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>{t("back")}</AppLink>
      </p>
      <h1>{heading?.title}</h1>
      <p className="text-lg text-muted">{heading?.intro}</p>
      <p className="text-sm text-muted">{section ? t("whyPart", { why: section.why }) : t("signInForIdeas")}</p>
      {plan && id === "emergency" && <PlanCrisisLines answers={plan.value.circumstances} heading="h2" />}
      <SectionForm
        key={FORM_KEY}
        action={saveSectionAction}
        sectionId={id}
        section={section}
        entries={plan?.value.entries}
        version={plan?.version}
        blankId={randomUUID()}
        signIn={await signInToSaveSettings()}
        words={words}
      />
      {plan && id === "trusted-people" && (
        <ShareLinks
          people={plan.value.entries.trustedPeople.map((person) => ({
            name: person.name,
            href: briefsRoutes.forPerson(person.id),
          }))}
        />
      )}
    </>
  );
}

export default guardedPage(PlanSectionPage, { session: "form-post" });
