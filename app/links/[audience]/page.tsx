import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResourceDirectory } from "@/components/resource-directory/resource-directory";
import { audiences } from "@/lib/content/audiences";
import { audienceByCode } from "@/lib/content/guidance";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.resources.title };

export default async function LinksForAudiencePage({ params }: { params: Promise<{ audience: string }> }) {
  const audience = audienceByCode((await params).audience);
  if (!audience) notFound();
  return (
    <>
      <h1>Resources</h1>
      <p>
        Showing services for: <strong>{audiences[audience].short}</strong>.
      </p>
      <ResourceDirectory audience={audience} />
    </>
  );
}
