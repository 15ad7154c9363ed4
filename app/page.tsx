import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { NeedEntryPoints } from "@/components/guidance/need-entry-points";
import { siteRoutes } from "@/lib/site/site-routes";

// The home page takes the plain site name as its title.
export const metadata: Metadata = {};

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <p className="rounded-md border-l-4 border-exit bg-red-50 p-4">
        <strong>{t("dangerLead")}</strong> {t("dangerCall")} <a href="tel:911">911</a>.{" "}
        {t.rich("dangerQuickExit", {
          strong: (chunks) => <strong>{chunks}</strong>,
          kbd: (chunks) => <kbd>{chunks}</kbd>,
        })}
      </p>

      <h2>{t("startHeading")}</h2>
      <NeedEntryPoints />
      <p>
        {t("lookingFor")} <AppLink href={siteRoutes.search.href}>{t("searchLink")}</AppLink>.
      </p>

      <h2>{t("sharedDeviceHeading")}</h2>
      <p>
        {t("sharedDevice")} <AppLink href={siteRoutes.aboutQuickExit.href}>{t("readAboutQuickExit")}</AppLink>{" "}
        {t("readAboutQuickExitAfter")}
      </p>
    </>
  );
}
