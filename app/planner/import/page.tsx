import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { ImportForm } from "@/components/plan/import-form";
import { requireSession } from "@/lib/auth/require-session";
import { database } from "@/lib/db/database";
import { loadPlan } from "@/lib/plan/plan-store";
import { siteRoutes } from "@/lib/site/site-routes";
import { importPlanAction } from "../plan-file-actions";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function ImportPage() {
  const session = await requireSession();
  const plan = await loadPlan(database(), session);
  return (
    <>
      <p className="mb-2 text-sm"><AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink></p>
      <h1>Bring back a copy</h1>
      <p>Open a locked copy you saved before. It takes the place of your current plan, which stays in your history.</p>
      <ImportForm action={importPlanAction} version={plan.version} />
    </>
  );
}

export default pageOrUnavailable(ImportPage);
