import { AppLink } from "@/components/app-link/app-link";
import { PaperWarning } from "@/components/plan/paper-warning";
import { guardedPage } from "@/lib/auth/guarded-page";
import { changePlanRoutes, siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePlan");

async function ChangePlanPrintWarningPage() {
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.changePlan.href}>Back to your change plan</AppLink>
      </p>
      <h1>Print your change plan</h1>
      <PaperWarning
        continueHref={changePlanRoutes.printPlan}
        what="plan"
        caution="Think about who could read a printed plan and where you would keep it. It holds your own words about hard moments, and may name people close to you. Some people keep it in a wallet, a locker or with a counsellor."
      />
    </>
  );
}

export default guardedPage(ChangePlanPrintWarningPage);
