import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AppLink } from "@/components/app-link/app-link";
import { SectionSummary } from "@/components/plan/section-summary";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { builtSafetyPlan, strategyText } from "@/lib/content/strategy-library";
import { describeChanges } from "@/lib/plan/describe-changes";
import { planOf, revisionOf } from "@/lib/plan-store/saved-plans";
import { describeTime } from "@/lib/site/describe-time";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function RevisionPage({ params, session }: { params: Promise<{ id: string }>; session: SignedIn }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  // The store only finds records of the signed-in person: another person's id finds nothing.
  const revision = await revisionOf(session, id.data);
  if (!revision) notFound();
  const current = await planOf(session);
  const changes = describeChanges(revision.value.plan, current.value, strategyText);
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={planRoutes.history}>Back to the history</AppLink>
      </p>
      <h1>Your plan as it was {describeTime(new Date(revision.value.savedAt))}</h1>
      <section aria-labelledby="since-heading" className="mb-6">
        <h2 id="since-heading">What is different now</h2>
        {changes.length === 0 ? (
          <p>Your plan is the same now.</p>
        ) : (
          <ul>
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
      {builtSafetyPlan(revision.value.plan).sections.map((section) => (
        <SectionSummary key={section.id} section={section} entries={revision.value.plan.entries} mode="read" />
      ))}
    </>
  );
}

export default guardedPage(RevisionPage);
