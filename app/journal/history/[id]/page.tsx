import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AppLink } from "@/components/app-link/app-link";
import { ChangePlanSummary } from "@/components/plan/change-plan-summary";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { changePlanChangesIn } from "@/lib/content/history-words-for";
import { builtChangePlan, strategyTextIn } from "@/lib/content/strategy-library";
import { describeChangePlanChanges } from "@/lib/plan/describe-change-plan-changes";
import { intlLocale } from "@/lib/plan/history-words";
import { changePlanOf, changePlanRevisionOf } from "@/lib/plan-store/saved-plans";
import { currentDisplay } from "@/lib/settings/current-display";
import { describeTimeIn } from "@/lib/site/describe-time";
import { changePlanRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePlan");

async function ChangePlanRevisionPage({ params, session }: { params: Promise<{ id: string }>; session: SignedIn }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  // The store only finds records of the signed-in person: another person's id finds nothing.
  const revision = await changePlanRevisionOf(session, id.data);
  if (!revision) notFound();
  const then = revision.value.plan;
  const [current, display, locale, t] = await Promise.all([
    changePlanOf(session),
    currentDisplay(),
    getLocale(),
    getTranslations("planHistory"),
  ]);
  const changes = describeChangePlanChanges(then, current.value, strategyTextIn(locale), changePlanChangesIn(locale));
  const when = describeTimeIn(new Date(revision.value.savedAt), display.timeZone?.name, new Date(), intlLocale(locale));
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={changePlanRoutes.history}>{t("revision.back")}</AppLink>
      </p>
      <h1>{t("changeHistory.revisionHeading", { when })}</h1>
      <section aria-labelledby="since-heading" className="mb-6">
        <h2 id="since-heading">{t("revision.differentHeading")}</h2>
        {changes.length === 0 ? (
          <p>{t("revision.same")}</p>
        ) : (
          <ul data-changes="">
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
      <ChangePlanSummary sections={builtChangePlan(then, locale).sections} plan={then} />
    </>
  );
}

export default guardedPage(ChangePlanRevisionPage);
