import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { ChangePlanForm } from "@/components/plan/change-plan-form";
import { requireSession } from "@/lib/auth/require-session";
import { strategies } from "@/lib/content/guidance";
import { database } from "@/lib/db/database";
import { buildPlan } from "@/lib/plan/build-plan";
import { changePlanTemplate } from "@/lib/plan/change-plan-template";
import { loadChangePlan } from "@/lib/plan/change-plan-store";
import { siteRoutes } from "@/lib/site/site-routes";
import { saveChangePlanAction } from "./change-plan-action";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";

export const metadata: Metadata = { title: siteRoutes.changePlan.title };

/** A private change plan for someone who has used violence and wants to stop. */
async function ChangePlanPage() {
  const session = await requireSession();
  const plan = await loadChangePlan(database(), session);
  const built = buildPlan(changePlanTemplate, {}, plan.value, strategies());
  return (
    <>
      <h1>Your change plan</h1>
      <p>
        A private plan for changing how you act: what matters to you, the signs that things are building, what you do
        instead, and who helps. Only you can open it. If someone is in danger right now, call 911.
      </p>
      <p className="text-sm text-muted">
        Reading that may help: <AppLink href={siteRoutes.getHelp.href}>people you can call</AppLink>.
      </p>
      <ChangePlanForm action={saveChangePlanAction} sections={built.sections} value={plan.value} version={plan.version} />
    </>
  );
}

export default pageOrUnavailable(ChangePlanPage);
