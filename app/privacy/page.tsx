import { GuidanceArticle } from "@/components/guidance/guidance-article";
import { guidanceBySlug, relatedGuidance } from "@/lib/content/guidance";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("howWeProtectYou");

/** "How we protect you" is the guidance page on this app's protections and limits. */
export default function PrivacyPage() {
  const page = guidanceBySlug("how-this-app-protects-you");
  return <GuidanceArticle page={page} related={relatedGuidance(page)} />;
}
