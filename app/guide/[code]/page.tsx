import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs/breadcrumbs";
import { GuidanceArticle } from "@/components/guidance/guidance-article";
import { audienceWords } from "@/lib/content/audience-words";
import { audienceCode, guidanceByCode, relatedGuidance } from "@/lib/content/guidance";
import { pageTitle } from "@/lib/site/page-title";
import { siteRoutes, topicPath } from "@/lib/site/site-routes";

// Neutral on purpose: the heading on the page says what it is about, the tab does not.
export const generateMetadata = pageTitle("guide");

export default async function GuidePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [locale, routes, audience] = await Promise.all([getLocale(), getTranslations("routes"), audienceWords()]);
  // The same page has the same code in every language; one not yet written in the reader's is shown in English.
  const page = guidanceByCode(code, locale) ?? guidanceByCode(code);
  if (!page) notFound();
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: routes("home"), href: siteRoutes.home.href },
          { label: audience(page.audience).short, href: topicPath(audienceCode(page.audience)) },
          { label: page.title },
        ]}
      />
      <GuidanceArticle page={page} related={relatedGuidance(page)} />
    </>
  );
}
