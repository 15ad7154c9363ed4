import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { revisionsOf } from "@/lib/plan-store/saved-plans";
import { describeTime } from "@/lib/site/describe-time";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

const reasonLabels = {
  save: "Saved",
  review: "Reviewed",
  import: "Brought back from a copy",
  "conflict-copy": "Your version, kept when another tab or device saved first",
} as const;

async function HistoryPage({ session }: { session: SignedIn }) {
  const revisions = await revisionsOf(session);
  return (
    <>
      <p className="print-hidden mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
      </p>
      <h1>Your plan over time</h1>
      <p>
        Each save keeps a copy of your plan as it was; saves made by themselves as you type, a minute or two apart,
        share one copy. Open one to see it.
      </p>
      {revisions.length === 0 ? (
        <p>There is nothing here yet. Copies appear once you save your plan.</p>
      ) : (
        <ol className="list-none pl-0" data-revisions="">
          {revisions.map((revision) => (
            <li key={revision.id} className="mb-3">
              <AppLink href={planRoutes.revision(revision.id)} className="font-bold">
                {reasonLabels[revision.value.reason]}
              </AppLink>{" "}
              <span className="text-muted">{describeTime(new Date(revision.value.savedAt))}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export default guardedPage(HistoryPage);
