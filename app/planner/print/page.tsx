import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { PaperWarning } from "@/components/plan/paper-warning";
import { guardedPage } from "@/lib/auth/guarded-page";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.makeAPlan.title };

async function PrintWarningPage() {
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>Back to your plan</AppLink>
      </p>
      <h1>Print your plan</h1>
      <PaperWarning continueHref="/planner/print/plan" what="plan" />
    </>
  );
}

export default guardedPage(PrintWarningPage);
