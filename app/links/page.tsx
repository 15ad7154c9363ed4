import type { Metadata } from "next";
import { PROVINCE_QUERY } from "@/components/resource-directory/province-filter";
import { ResourceDirectory } from "@/components/resource-directory/resource-directory";
import { provinceFromQuery } from "@/lib/content/regions";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.resources.title };

type Query = Promise<Record<string, string | string[] | undefined>>;

export default async function LinksPage({ searchParams }: { searchParams: Query }) {
  const province = provinceFromQuery((await searchParams)[PROVINCE_QUERY]);
  return (
    <>
      <h1>Resources</h1>
      <p>
        Services in Canada you can call, text or visit. Each one says what contacting it can leave behind, such as a
        call log entry, so you can choose the safest way for you.
      </p>
      <ResourceDirectory province={province} />
    </>
  );
}
