import { getLocale, getTranslations } from "next-intl/server";
import { inLanguage } from "@/lib/content/in-language";
import { AppLink } from "@/components/app-link/app-link";
import { PROVINCE_QUERY, ProvinceFilter, withProvince } from "@/components/resource-directory/province-filter";
import { ResourceContact } from "@/components/resource-directory/resource-contact";
import { directoryOfShelters, shortAddress } from "@/lib/content/crisis-lines";
import { directory } from "@/lib/content/guidance";
import { regionWords } from "@/lib/content/region-words";
import { provinceCodes, provinceFromQuery } from "@/lib/content/regions";
import type { Resource } from "@/lib/content/resource-schema";
import { isAlwaysOpen, servesCountry, servesProvince, whereServed } from "@/lib/content/service-area";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("getHelp");

type Group = { id: string; place: string; heading: string; lines: Resource[] };
type Query = Promise<Record<string, string | string[] | undefined>>;

export default async function GetHelpPage({ searchParams }: { searchParams: Query }) {
  const province = provinceFromQuery((await searchParams)[PROVINCE_QUERY]);
  const [t, locale, regions] = await Promise.all([getTranslations("pages.contacts"), getLocale(), regionWords()]);
  const openNow = directory().filter((resource) => isAlwaysOpen(resource) && resource.phone);
  const national = openNow.filter((line) => servesCountry(line) && (!province || servesProvince(line, province)));
  const groups: Group[] = [
    { id: "CA", place: regions.name("CA"), heading: t("acrossCanada"), lines: inLanguage(national, locale) },
    ...provinceCodes
      .filter((code) => !province || code === province)
      .map((code) => ({
        id: code,
        place: regions.name(code),
        heading: t("inProvince", { province: regions.name(code) }),
        lines: inLanguage(
          openNow.filter((line) => !servesCountry(line) && servesProvince(line, code)),
          locale,
        ),
      })),
  ].filter((group) => group.lines.length > 0);
  const shelters = directoryOfShelters(inLanguage(directory(), locale));
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>
        {province === "NU" ? (
          <>{t("nunavut")}</>
        ) : (
          <>
            {t("danger")} <a href="tel:911">911</a>
            {!province && t("nunavutNote")}.
          </>
        )}{" "}
        {t("free")}
      </p>
      <p>
        {t("some")}
        {shelters && (
          <>
            {" "}
            {shelters.name} (
            <a href={shelters.url} rel="noreferrer">
              {shortAddress(shelters.url)}
            </a>
            ) {t("sheltersList")}
          </>
        )}
      </p>
      <ProvinceFilter action={siteRoutes.getHelp.href} province={province} />
      {groups.map(({ id, place, heading, lines }) => (
        <section key={id} aria-labelledby={`lines-${id}`}>
          <h2 id={`lines-${id}`}>{heading}</h2>
          <ul className="list-none pl-0">
            {lines.map((resource) => (
              <li key={resource.id} className="mb-5">
                <h3 className="mt-0 mb-1 text-lg">{resource.name}</h3>
                <p className="mb-1">{resource.offers}</p>
                {whereServed(resource, regions) !== place && (
                  <p className="mb-1 text-sm text-muted">{t("serves", { where: whereServed(resource, regions) })}</p>
                )}
                <ResourceContact resource={resource} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>{t("beforeHeading")}</h2>
      <p>{t("before")}</p>
      <p>
        <AppLink href={withProvince(siteRoutes.resources.href, province)}>{t("moreServices")}</AppLink>
        {t("moreServicesAfter")}
      </p>
    </>
  );
}
