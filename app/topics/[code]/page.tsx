import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { Breadcrumbs } from "@/components/breadcrumbs/breadcrumbs";
import { CrisisReminder } from "@/components/guidance/crisis-reminder";
import { GuidanceList } from "@/components/guidance/guidance-list";
import { audienceWords } from "@/lib/content/audience-words";
import { audienceByCode, audienceCode, guidanceFor } from "@/lib/content/guidance";
import { pageTitle } from "@/lib/site/page-title";
import { linksForPath, siteRoutes } from "@/lib/site/site-routes";

export const generateMetadata = pageTitle("topics");

export default async function TopicPage({ params }: { params: Promise<{ code: string }> }) {
  const audience = audienceByCode((await params).code);
  if (!audience) notFound();
  const [t, routes, words, locale] = await Promise.all([
    getTranslations("guidance"),
    getTranslations("routes"),
    audienceWords(),
    getLocale(),
  ]);
  const { label, short, description } = words(audience);
  const pages = guidanceFor(audience, locale);
  return (
    <>
      <Breadcrumbs trail={[{ label: routes("home"), href: siteRoutes.home.href }, { label: short }]} />
      <h1>{label}</h1>
      <p className="text-lg text-muted">{description}</p>
      {audience === "people-who-used-violence" && (
        <p className="rounded-md border-l-4 border-link bg-calm p-4">
          <AppLink href={siteRoutes.changePlan.href} className="font-bold">
            {t("changePlanLink")}
          </AppLink>
          {t("changePlanAfter")}
        </p>
      )}
      {audience === "survivors" && (
        <p className="rounded-md border-l-4 border-link bg-calm p-4">
          <AppLink href={siteRoutes.makeAPlan.href} className="font-bold">
            {t("safetyPlanLink")}
          </AppLink>{" "}
          {t("safetyPlanAfter")}
        </p>
      )}
      <GuidanceList pages={pages.length > 0 ? pages : guidanceFor(audience)} headingLevel={2} />
      <p>
        <AppLink href={linksForPath(audienceCode(audience))}>{t("servicesLink")}</AppLink>
      </p>
      <CrisisReminder />
    </>
  );
}
