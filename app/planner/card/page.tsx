import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { PaperWarning } from "@/components/plan/paper-warning";
import { guardedPage } from "@/lib/auth/guarded-page";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("card");

async function CardWarningPage() {
  const t = await getTranslations("planFiles");
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>{t("back.plan")}</AppLink>
      </p>
      <h1>{t("card.heading")}</h1>
      <p>{t("card.intro")}</p>
      <PaperWarning continueHref="/planner/card/show" what="card" />
    </>
  );
}

export default guardedPage(CardWarningPage);
