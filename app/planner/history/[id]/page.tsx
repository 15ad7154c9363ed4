import { getLocale, getTranslations } from "next-intl/server";
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
import { changesIn } from "@/lib/content/history-words-for";
import { historyWordsFor } from "@/lib/content/plan-words-for";
import { builtSafetyPlan, strategyTextIn } from "@/lib/content/strategy-library";
import { describeChanges } from "@/lib/plan/describe-changes";
import { intlLocale } from "@/lib/plan/history-words";
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
  const [current, display, locale, t] = await Promise.all([
    planOf(session),
    currentDisplay(),
    getLocale(),
    getTranslations("planHistory"),
  ]);
  const zone = display.timeZone?.name;
  const dates = intlLocale(locale);
  const timeOf = (iso: string) => exactTime(new Date(iso), zone, dates);
  const savedAt = new Date(revision.value.savedAt);
  const changes = describeChanges(revision.value.plan, current.value, strategyTextIn(locale), changesIn(locale));
  const then = builtSafetyPlan(revision.value.plan, locale);
  const words = await sectionSummaryWords(then.sections);
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={planRoutes.history}>{t("revision.back")}</AppLink>
      </p>
      <h1>{t("revision.heading", { when: describeTimeIn(savedAt, zone, new Date(), dates) })}</h1>
      <p className="font-bold">{revisionLabel(revision.value, timeOf, historyWordsFor(locale).labels)}</p>
      <TimeZoneNote timeZone={display.timeZone} remember={rememberTimeZoneAction} />
      <section aria-labelledby="since-heading" className="mb-6">
        <h2 id="since-heading">{t("revision.differentHeading")}</h2>
        {changes.length === 0 ? (
          <p>{t("revision.same")}</p>
        ) : (
          <ul>
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="restore-heading" className="print-hidden mb-6">
        <h2 id="restore-heading">{t("revision.restoreHeading")}</h2>
        <RestoreForm
          action={restoreRevisionAction}
          revisionId={revision.id}
          words={{
            done: t("restore.done", { when: timeOf(revision.value.savedAt) }),
            seePlan: t("restore.seePlan"),
            or: t("restore.or"),
            backToHistory: t("restore.backToHistory"),
            sameAsNow: t("restore.sameAsNow"),
            intro: t("restore.intro"),
            submit: t("restore.submit"),
          }}
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
