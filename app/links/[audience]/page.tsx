import { notFound } from "next/navigation";
import { PROVINCE_QUERY } from "@/components/resource-directory/province-filter";
import { ResourceDirectory } from "@/components/resource-directory/resource-directory";
import { getTranslations } from "next-intl/server";
import { audienceWords } from "@/lib/content/audience-words";
import { audienceByCode } from "@/lib/content/guidance";
import { provinceFromQuery } from "@/lib/content/regions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("resources");

type Props = {
  params: Promise<{ audience: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function LinksForAudiencePage({ params, searchParams }: Props) {
  const audience = audienceByCode((await params).audience);
  const province = provinceFromQuery((await searchParams)[PROVINCE_QUERY]);
  if (!audience) notFound();
  const [t, words] = await Promise.all([getTranslations("pages.links"), audienceWords()]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>
        {t("showingFor")} <strong>{words(audience).short}</strong>.
      </p>
      <ResourceDirectory audience={audience} province={province} />
    </>
  );
}
