import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { PlanOverview } from "@/components/plan/plan-overview";
import { PlannerIntro } from "@/components/plan/planner-intro";
import { currentSession } from "@/lib/auth/current-session";
import { database } from "@/lib/db/database";
import { builtSafetyPlan } from "@/lib/plan/built-plan";
import { changesSinceReview } from "@/lib/plan/changes-since-review";
import { loadPlan } from "@/lib/plan/plan-store";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function MakeAPlanPage() {
  const session = await currentSession();
  if (!session) return <PlannerIntro />;
  const db = database();
  const plan = await loadPlan(db, session);
  return (
    <>
      <h1>Your plan</h1>
      <p>
        Your plan is private: only you can open it. Change anything, any time. The ideas follow{" "}
        <AppLink href={planRoutes.questions}>your answers</AppLink>; what you write is always kept.
      </p>
      {plan.version === 0 && (
        <p className="rounded-md border-l-4 border-link bg-calm p-4">
          <AppLink href={planRoutes.questions} className="font-bold">Start with a few questions</AppLink>, so the plan can
          suggest ideas that fit your situation. You can skip any of them.
        </p>
      )}
      <PlanOverview plan={plan} built={builtSafetyPlan(plan.value)} changes={await changesSinceReview(db, session, plan.value)} />
    </>
  );
}

export default pageOrUnavailable(MakeAPlanPage);
