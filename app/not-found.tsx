import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { pageTitle } from "@/lib/site/page-title";
import { siteRoutes } from "@/lib/site/site-routes";

export const generateMetadata = pageTitle("notFound");

export default async function NotFound() {
  const t = await getTranslations("shell.notFound");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>
        {t("body")} <AppLink href={siteRoutes.home.href}>{t("home")}</AppLink>.
      </p>
    </>
  );
}
