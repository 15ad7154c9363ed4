import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { ImportForm } from "@/components/plan/import-form";
import { importFormWords } from "@/components/plan/plan-file-words";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { siteRoutes } from "@/lib/site/site-routes";
import { importPlanAction } from "../plan-file-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("makeAPlan");

// Signed in only: the copy is opened for this person's session.
async function ImportPage(_props: { session: SignedIn }) {
  const [t, words] = await Promise.all([getTranslations("planFiles"), importFormWords("open")]);
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>{t("back.plan")}</AppLink>
      </p>
      <h1>{t("import.headingPlan")}</h1>
      <p>{t("import.introPlan")}</p>
      <ImportForm action={importPlanAction} words={words} />
    </>
  );
}

export default guardedPage(ImportPage);
