import { AppLink } from "@/components/app-link/app-link";
import { KeepingNote } from "@/components/plan/keeping-note";
import { RevisionList } from "@/components/plan/revision-list";
import { TimeZoneNote } from "@/components/time-zone/time-zone-note";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { changePlanRevisionsOf } from "@/lib/plan-store/saved-plans";
import { currentDisplay } from "@/lib/settings/current-display";
import { changePlanRoutes, siteRoutes } from "@/lib/site/site-routes";
import { rememberTimeZoneAction } from "../../account/display/time-zone-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePlan");

const reasonLabels = {
  save: "Saved",
  import: "Brought back from a copy",
  "before-import": "Your plan just before you brought back a copy",
  "conflict-copy": "Your version, kept when another tab or device saved first",
} as const;

async function ChangePlanHistoryPage({ session }: { session: SignedIn }) {
  const [revisions, display] = await Promise.all([changePlanRevisionsOf(session), currentDisplay()]);
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.changePlan.href}>Back to your change plan</AppLink>
      </p>
      <h1>Your change plan over time</h1>
      <p>
        Each save keeps a copy of your plan as it was; saves made by themselves as you type, a minute or two apart,
        share one copy. Open one to see it.
      </p>
      <KeepingNote />
      <TimeZoneNote timeZone={display.timeZone} remember={rememberTimeZoneAction} />
      <RevisionList
        revisions={revisions}
        labels={reasonLabels}
        hrefOf={changePlanRoutes.revision}
        timeZone={display.timeZone?.name}
      />
    </>
  );
}

export default guardedPage(ChangePlanHistoryPage);
