import { AppLink } from "@/components/app-link/app-link";
import { KeepingNote } from "@/components/plan/keeping-note";
import { HistoryList } from "@/components/plan/history-list";
import { TimeZoneNote } from "@/components/time-zone/time-zone-note";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
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
  const [history, display] = await Promise.all([historyOf(session, asked), currentDisplay()]);
  const zone = display.timeZone?.name;
  const timeOf = (iso: string) => exactTime(new Date(iso), zone);
  const { page, pageCount } = history;
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
      </p>
      <h1>Your plan over time</h1>
      <p>
        Each save keeps a copy of your plan as it was; saves made by themselves as you type, a minute or two apart,
        share one copy. Open one to see it, or to bring it back: the plan you have then is kept here first, so nothing
        is lost.
      </p>
      <KeepingNote />
      <TimeZoneNote timeZone={display.timeZone} remember={rememberTimeZoneAction} />
      <HistoryList
        empty="There is nothing here yet. Copies appear once you save your plan."
        entries={history.entries.map((entry) => ({
          id: entry.id,
          href: planRoutes.revision(entry.id),
          label: revisionLabel(entry, timeOf),
          datetime: entry.savedAt,
          when: describeTimeIn(new Date(entry.savedAt), zone),
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
