import { AppLink } from "@/components/app-link/app-link";
import { ExportForm } from "@/components/plan/export-form";
import { LockedCopyIntro } from "@/components/plan/locked-copy-intro";
import { guardedPage } from "@/lib/auth/guarded-page";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { exportFormSchema } from "@/lib/forms/plan-file-schemas";
import { siteRoutes } from "@/lib/site/site-routes";
import { exportChangePlanAction } from "../change-plan-file-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePlan");

async function ChangePlanExportPage() {
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.changePlan.href}>Back to your change plan</AppLink>
      </p>
      <h1>Save a locked copy of your change plan</h1>
      <LockedCopyIntro what="change plan" />
      <ExportForm action={exportChangePlanAction} maxLengths={maxLengthsOf(exportFormSchema)} />
    </>
  );
}

export default guardedPage(ChangePlanExportPage);
