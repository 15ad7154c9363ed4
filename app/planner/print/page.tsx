import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { PaperWarning } from "@/components/plan/paper-warning";
import { requireSession } from "@/lib/auth/require-session";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function PrintWarningPage() {
  await requireSession();
  return (
    <>
      <p className="mb-2 text-sm"><AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink></p>
      <h1>Print your plan</h1>
      <PaperWarning continueHref="/planner/print/plan" what="plan" />
    </>
  );
}

export default pageOrUnavailable(PrintWarningPage);
