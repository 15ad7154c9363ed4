import { PROVINCE_QUERY } from "@/components/resource-directory/province-filter";
import { ResourceDirectory } from "@/components/resource-directory/resource-directory";
import { provinceFromQuery } from "@/lib/content/regions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("resources");

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
