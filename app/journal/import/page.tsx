import { AppLink } from "@/components/app-link/app-link";
import { ImportForm } from "@/components/plan/import-form";
import { guardedPage } from "@/lib/auth/guarded-page";
import { changePlanRoutes, siteRoutes } from "@/lib/site/site-routes";
import { importChangePlanAction } from "../change-plan-file-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePlan");

async function ChangePlanImportPage() {
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.changePlan.href}>Back to your change plan</AppLink>
      </p>
      <h1>Bring back a copy of your change plan</h1>
      <p>
        Open a locked copy you saved before. It takes the place of your current change plan, which stays in your
        history.
      </p>
      <ImportForm
        action={importChangePlanAction}
        planHref={siteRoutes.changePlan.href}
        historyHref={changePlanRoutes.history}
        submitLabel="Bring back my plan"
      />
    </>
  );
}

export default guardedPage(ChangePlanImportPage);
