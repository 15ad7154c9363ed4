import type { Metadata } from "next";
import { ResourceDirectory } from "@/components/resource-directory/resource-directory";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.resources.title };

export default function LinksPage() {
  return (
    <>
      <h1>Resources</h1>
      <p>
        Services in Canada you can call, text or visit. Each one says what contacting it can leave behind, such as
        a call log entry, so you can choose the safest way for you.
      </p>
      <ResourceDirectory />
    </>
  );
}
