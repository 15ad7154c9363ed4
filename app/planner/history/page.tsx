import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { KeepingNote } from "@/components/plan/keeping-note";
import { HistoryList } from "@/components/plan/history-list";
import { TimeZoneNote } from "@/components/time-zone/time-zone-note";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { historyWordsFor } from "@/lib/content/plan-words-for";
import { intlLocale } from "@/lib/plan/history-words";
import { revisionLabel } from "@/lib/plan/revision-labels";
import { historyOf } from "@/lib/plan-store/saved-plans";
import { currentDisplay } from "@/lib/settings/current-display";
import { describeTimeIn, exactTime } from "@/lib/site/describe-time";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";
import { rememberTimeZoneAction } from "../../account/display/time-zone-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

const pageHref = (page: number) => (page === 1 ? planRoutes.history : `${planRoutes.history}?page=${page}`);

type Props = { session: SignedIn; searchParams: Promise<{ page?: string | string[] }> };

async function HistoryPage({ session, searchParams }: Props) {
  const asked = Number([(await searchParams).page ?? "1"].flat()[0]);
  const locale = await getLocale();
  const [history, display, t] = await Promise.all([
    historyOf(session, asked, locale),
    currentDisplay(),
    getTranslations("planHistory.history"),
  ]);
  const zone = display.timeZone?.name;
  const dates = intlLocale(locale);
  const timeOf = (iso: string) => exactTime(new Date(iso), zone, dates);
  const labels = historyWordsFor(locale).labels;
  const { page, pageCount } = history;
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>{t("back")}</AppLink>
      </p>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <KeepingNote />
      <TimeZoneNote timeZone={display.timeZone} remember={rememberTimeZoneAction} />
      <HistoryList
        words={{
          empty: t("empty"),
          pagesLabel: t("pagesLabel"),
          newer: t("newer"),
          older: t("older"),
          pageOf: t("pageOf", { page, pageCount }),
        }}
        entries={history.entries.map((entry) => ({
          id: entry.id,
          href: planRoutes.revision(entry.id),
          label: revisionLabel(entry, timeOf, labels),
          datetime: entry.savedAt,
          when: describeTimeIn(new Date(entry.savedAt), zone, new Date(), dates),
          change: entry.change,
        }))}
        pages={{
          page,
          pageCount,
          newer: page > 1 ? pageHref(page - 1) : undefined,
          older: page < pageCount ? pageHref(page + 1) : undefined,
        }}
      />
    </>
  );
}

export default guardedPage(HistoryPage);
