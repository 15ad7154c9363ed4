import type { Metadata } from "next";
import { GuidanceArticle } from "@/components/guidance/guidance-article";
import { guidanceBySlug, relatedGuidance } from "@/lib/content/guidance";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.howWeProtectYou.title };

/** "How we protect you" is the guidance page on this app's protections and limits. */
export default function PrivacyPage() {
  const page = guidanceBySlug("how-this-app-protects-you");
  return <GuidanceArticle page={page} related={relatedGuidance(page)} />;
}
