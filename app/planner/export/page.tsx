import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { ExportForm } from "@/components/plan/export-form";
import { LockedCopyIntro } from "@/components/plan/locked-copy-intro";
import { exportFormWords } from "@/components/plan/plan-file-words";
import { guardedPage } from "@/lib/auth/guarded-page";
import { maxLengthsOf } from "@/lib/forms/max-lengths";
import { exportFormSchema } from "@/lib/forms/plan-file-schemas";
import { siteRoutes } from "@/lib/site/site-routes";
import { exportPlanAction } from "../plan-file-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

async function ExportPage() {
  const [t, words] = await Promise.all([getTranslations("planFiles"), exportFormWords()]);
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>{t("back.plan")}</AppLink>
      </p>
      <h1>{t("export.headingPlan")}</h1>
      <LockedCopyIntro what="plan" />
      <ExportForm action={exportPlanAction} maxLengths={maxLengthsOf(exportFormSchema)} words={words} />
    </>
  );
}

export default guardedPage(ExportPage);
