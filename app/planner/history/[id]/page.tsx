import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { AppLink } from "@/components/app-link/app-link";
import { RestoreForm } from "@/components/plan/restore-form";
import { SectionSummary } from "@/components/plan/section-summary";
import { sectionSummaryWords } from "@/components/plan/section-summary-words";
import { TimeZoneNote } from "@/components/time-zone/time-zone-note";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { builtSafetyPlan, strategyText } from "@/lib/content/strategy-library";
import { describeChanges } from "@/lib/plan/describe-changes";
import { revisionLabel } from "@/lib/plan/revision-labels";
import { planOf, revisionOf } from "@/lib/plan-store/saved-plans";
import { currentDisplay } from "@/lib/settings/current-display";
import { describeTimeIn, exactTime } from "@/lib/site/describe-time";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";
import { rememberTimeZoneAction } from "../../../account/display/time-zone-actions";
import { restoreRevisionAction } from "../../history-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

async function RevisionPage({ params, session }: { params: Promise<{ id: string }>; session: SignedIn }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  // The store only finds records of the signed-in person: another person's id finds nothing.
  const revision = await revisionOf(session, id.data);
  if (!revision) notFound();
  const [current, display] = await Promise.all([planOf(session), currentDisplay()]);
  const zone = display.timeZone?.name;
  const savedAt = new Date(revision.value.savedAt);
  const changes = describeChanges(revision.value.plan, current.value, strategyText);
  const locale = await getLocale();
  const then = builtSafetyPlan(revision.value.plan, locale);
  const words = await sectionSummaryWords(then.sections);
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={planRoutes.history}>Back to the history</AppLink>
      </p>
      <h1>Your plan as it was {describeTimeIn(savedAt, zone)}</h1>
      <p className="font-bold">{revisionLabel(revision.value, (iso) => exactTime(new Date(iso), zone))}</p>
      <TimeZoneNote timeZone={display.timeZone} remember={rememberTimeZoneAction} />
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
      <section aria-labelledby="restore-heading" className="print-hidden mb-6">
        <h2 id="restore-heading">Bring back this version</h2>
        <RestoreForm
          action={restoreRevisionAction}
          revisionId={revision.id}
          when={exactTime(savedAt, zone)}
          sameAsNow={isDeepStrictEqual(revision.value.plan, current.value)}
          planHref={siteRoutes.makeAPlan.href}
          historyHref={planRoutes.history}
        />
      </section>
      {then.sections.map((section) => (
        <SectionSummary
          key={section.id}
          section={section}
          words={words}
          entries={revision.value.plan.entries}
          mode="read"
        />
      ))}
    </>
  );
}

export default guardedPage(RevisionPage);
