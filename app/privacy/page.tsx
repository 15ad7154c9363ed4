import { getLocale } from "next-intl/server";
import { GuidanceArticle } from "@/components/guidance/guidance-article";
import { allGuidance, guidanceBySlug, relatedGuidance } from "@/lib/content/guidance";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("howWeProtectYou");

const SLUG = "how-this-app-protects-you";

/** "How we protect you" is the guidance page on this app's protections and limits. */
export default async function PrivacyPage() {
  const locale = await getLocale();
  const written = allGuidance(locale).some((candidate) => candidate.slug === SLUG);
  const page = guidanceBySlug(SLUG, written ? locale : undefined);
  return <GuidanceArticle page={page} related={relatedGuidance(page)} />;
}
