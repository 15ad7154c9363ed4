import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { ExportForm } from "@/components/plan/export-form";
import { guardedPage } from "@/lib/auth/guarded-page";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { exportFormSchema } from "@/lib/forms/plan-file-schemas";
import { siteRoutes } from "@/lib/site/site-routes";
import { exportChangePlanAction } from "../change-plan-file-actions";

export const metadata: Metadata = { title: siteRoutes.changePlan.title };

async function ChangePlanExportPage() {
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.changePlan.href}>Back to your change plan</AppLink>
      </p>
      <h1>Save a locked copy of your change plan</h1>
      <p>
        A copy of your change plan in a file, locked with a passphrase you choose now. You could keep it on a USB stick,
        and bring your plan back from it later, even into a new account.
      </p>
      <p>
        The file lands in your downloads, named like <code>copy-2026-11-22.json</code>. Without the passphrase it cannot
        be read, but its name and the download can be seen. You may want to move it or delete the download entry.
      </p>
      <ExportForm action={exportChangePlanAction} maxLengths={maxLengthsOf(exportFormSchema)} />
    </>
  );
}

export default guardedPage(ChangePlanExportPage);
