import { getTranslations } from "next-intl/server";
import { PROVINCE_QUERY } from "@/components/resource-directory/province-filter";
import { ResourceDirectory } from "@/components/resource-directory/resource-directory";
import { provinceFromQuery } from "@/lib/content/regions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("resources");

type Query = Promise<Record<string, string | string[] | undefined>>;

export default async function LinksPage({ searchParams }: { searchParams: Query }) {
  const province = provinceFromQuery((await searchParams)[PROVINCE_QUERY]);
  const t = await getTranslations("pages.links");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <ResourceDirectory province={province} />
    </>
  );
}
