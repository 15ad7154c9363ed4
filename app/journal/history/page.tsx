import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { KeepingNote } from "@/components/plan/keeping-note";
import { RevisionList } from "@/components/plan/revision-list";
import { TimeZoneNote } from "@/components/time-zone/time-zone-note";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { historyWordsFor } from "@/lib/content/plan-words-for";
import { intlLocale } from "@/lib/plan/history-words";
import { changePlanRevisionsOf } from "@/lib/plan-store/saved-plans";
import { currentDisplay } from "@/lib/settings/current-display";
import { changePlanRoutes, siteRoutes } from "@/lib/site/site-routes";
import { rememberTimeZoneAction } from "../../account/display/time-zone-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePlan");

async function ChangePlanHistoryPage({ session }: { session: SignedIn }) {
  const [revisions, display, locale, t] = await Promise.all([
    changePlanRevisionsOf(session),
    currentDisplay(),
    getLocale(),
    getTranslations("planHistory"),
  ]);
  const labels = historyWordsFor(locale).labels;
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.changePlan.href}>{t("changeHistory.back")}</AppLink>
      </p>
      <h1>{t("changeHistory.heading")}</h1>
      <p>{t("changeHistory.intro")}</p>
      <KeepingNote />
      <TimeZoneNote timeZone={display.timeZone} remember={rememberTimeZoneAction} />
      <RevisionList
        revisions={revisions}
        labels={{
          save: labels.save,
          import: labels.import,
          "before-import": labels["before-import"],
          "conflict-copy": labels["conflict-copy"],
        }}
        hrefOf={changePlanRoutes.revision}
        timeZone={display.timeZone?.name}
        locale={intlLocale(locale)}
        empty={t("history.empty")}
      />
    </>
  );
}

export default guardedPage(ChangePlanHistoryPage);
