import { getLocale, getTranslations } from "next-intl/server";
import { messageBlock } from "@/i18n/message-block";
import { inLanguage } from "@/lib/content/in-language";
import { SearchForm } from "@/components/search/search-form";
import { crisisLinesFor } from "@/lib/content/crisis-lines";
import { directory } from "@/lib/content/guidance";
import { dialable } from "@/lib/content/resource-schema";
import { searchAction } from "./search-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("search");

const LINES_SHOWN = 3;

export default async function SearchPage() {
  const [t, pages, locale] = await Promise.all([getTranslations("pages.search"), messageBlock("pages"), getLocale()]);
  const lines = inLanguage(crisisLinesFor(directory(), {}).lines, locale)
    .filter((line) => line.phone)
    .slice(0, LINES_SHOWN)
    .map(({ id, name, phone, hours, traces }) => ({ id, name, phone, hours, traces, dial: dialable(phone ?? "") }));
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <SearchForm action={searchAction} lines={lines} words={pages.search.form} />
    </>
  );
}
