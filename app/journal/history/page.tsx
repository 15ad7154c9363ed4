import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { RevisionList } from "@/components/plan/revision-list";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { changePlanRevisionsOf } from "@/lib/plan-store/saved-plans";
import { changePlanRoutes, siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.changePlan.title };

const reasonLabels = {
  save: "Saved",
  import: "Brought back from a copy",
  "conflict-copy": "Your version, kept when another tab or device saved first",
} as const;

async function ChangePlanHistoryPage({ session }: { session: SignedIn }) {
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
      <RevisionList
        revisions={await changePlanRevisionsOf(session)}
        labels={reasonLabels}
        hrefOf={changePlanRoutes.revision}
      />
    </>
  );
}

export default guardedPage(ChangePlanHistoryPage);
