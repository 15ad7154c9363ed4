import { pageTitle } from "@/lib/site/page-title";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs/breadcrumbs";
import { GuidanceArticle } from "@/components/guidance/guidance-article";
import { audiences } from "@/lib/content/audiences";
import { audienceCode, guidanceByCode, relatedGuidance } from "@/lib/content/guidance";
import { siteRoutes, topicPath } from "@/lib/site/site-routes";

// Neutral on purpose: the heading on the page says what it is about, the tab does not.
export const generateMetadata = pageTitle("guide");

export default async function GuidePage({ params }: { params: Promise<{ code: string }> }) {
  const page = guidanceByCode((await params).code);
  if (!page) notFound();
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: siteRoutes.home.navLabel, href: siteRoutes.home.href },
          { label: audiences[page.audience].short, href: topicPath(audienceCode(page.audience)) },
          { label: page.title },
        ]}
      />
      <GuidanceArticle page={page} related={relatedGuidance(page)} />
    </>
  );
}
