import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { siteRoutes } from "@/lib/site/site-routes";

/** A calm pointer to help at the end of every guidance page. */
export async function CrisisReminder() {
  const t = await getTranslations("guidance");
  return (
    <aside aria-labelledby="talk-now-heading" className="mt-8 rounded-md border-l-4 border-exit bg-red-50 p-4">
      <h2 id="talk-now-heading" className="mt-0 text-base">
        {t("talkNowHeading")}
      </h2>
      <p className="mb-0">
        {t("talkNowEmergency")} <a href="tel:911">911</a>. {t("talkNowLines")}{" "}
        <AppLink href={siteRoutes.getHelp.href}>{t("talkNowLink")}</AppLink>.
      </p>
    </aside>
  );
}
