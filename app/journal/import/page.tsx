import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { ImportForm } from "@/components/plan/import-form";
import { importFormWords } from "@/components/plan/plan-file-words";
import { guardedPage } from "@/lib/auth/guarded-page";
import { changePlanRoutes, siteRoutes } from "@/lib/site/site-routes";
import { importChangePlanAction } from "../change-plan-file-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("changePlan");

async function ChangePlanImportPage() {
  const [t, words] = await Promise.all([getTranslations("planFiles"), importFormWords("bringBack")]);
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.changePlan.href}>{t("back.changePlan")}</AppLink>
      </p>
      <h1>{t("import.headingChangePlan")}</h1>
      <p>{t("import.introChangePlan")}</p>
      <ImportForm
        action={importChangePlanAction}
        planHref={siteRoutes.changePlan.href}
        historyHref={changePlanRoutes.history}
        words={words}
      />
    </>
  );
}

export default guardedPage(ChangePlanImportPage);
