import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { GuidanceList } from "@/components/guidance/guidance-list";
import { audienceWords } from "@/lib/content/audience-words";
import { guidanceFor } from "@/lib/content/guidance";
import { pageTitle } from "@/lib/site/page-title";
import { siteRoutes } from "@/lib/site/site-routes";

export const generateMetadata = pageTitle("helpSomeone");

export default async function HelpSomeonePage() {
  const [t, words, locale] = await Promise.all([getTranslations("pages.reading"), audienceWords(), getLocale()]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <h2>{words("friends-family").label}</h2>
      <GuidanceList pages={guidanceFor("friends-family", locale)} />
      <h2>{words("workplaces").label}</h2>
      <GuidanceList pages={guidanceFor("workplaces", locale)} />
      <p>
        {t("helplines")} <AppLink href={siteRoutes.getHelp.href}>{t("callLink")}</AppLink>.
      </p>
    </>
  );
}
