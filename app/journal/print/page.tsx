import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { PaperWarning } from "@/components/plan/paper-warning";
import { guardedPage } from "@/lib/auth/guarded-page";
import { changePlanRoutes, siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("print");

async function ChangePlanPrintWarningPage() {
  const t = await getTranslations("planFiles");
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.changePlan.href}>{t("back.changePlan")}</AppLink>
      </p>
      <h1>{t("print.changePlanHeading")}</h1>
      <PaperWarning continueHref={changePlanRoutes.printPlan} what="changePlan" />
    </>
  );
}

export default guardedPage(ChangePlanPrintWarningPage);
