import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { audienceWords } from "@/lib/content/audience-words";
import { regionWords } from "@/lib/content/region-words";
import { audienceIds, type AudienceId } from "@/lib/content/audiences";
import { inLanguage } from "@/lib/content/in-language";
import { audienceCode, directory } from "@/lib/content/guidance";
import type { ProvinceCode } from "@/lib/content/regions";
import { servesCountry, servesProvince } from "@/lib/content/service-area";
import { linksForPath, siteRoutes } from "@/lib/site/site-routes";
import { ProvinceFilter, withProvince } from "./province-filter";
import { ResourceCard } from "./resource-card";

type Props = { audience?: AudienceId; province?: ProvinceCode };

/**
 * The directory, narrowed by plain links to one audience and by a plain form to one province or
 * territory: its own services first, then those for all of Canada.
 */
export async function ResourceDirectory({ audience, province }: Props) {
  const [t, words, locale, regions] = await Promise.all([
    getTranslations("pages.directory"),
    audienceWords(),
    getLocale(),
    regionWords(),
  ]);
  const here = audience ? linksForPath(audienceCode(audience)) : siteRoutes.resources.href;
  const chosen = directory()
    .filter((resource) => !audience || resource.for.includes(audience))
    .filter((resource) => !province || servesProvince(resource, province))
    .map((resource, index) => ({ resource, index }))
    .sort(
      (a, b) =>
        (province ? Number(servesCountry(a.resource)) - Number(servesCountry(b.resource)) : 0) || a.index - b.index,
    )
    .map(({ resource }) => resource);
  const resources = inLanguage(chosen, locale);
  return (
    <>
      <ProvinceFilter action={here} province={province} />
      <nav aria-label={t("whoFor")} className="print-hidden mb-6">
        <p className="mb-1 font-bold">{t("showFor")}</p>
        <ul className="mb-0 flex list-none flex-wrap gap-x-4 gap-y-1 pl-0">
          <FilterLink
            href={withProvince(siteRoutes.resources.href, province)}
            label={t("everyone")}
            current={!audience}
          />
          {audienceIds.map((id) => (
            <FilterLink
              key={id}
              href={withProvince(linksForPath(audienceCode(id)), province)}
              label={words(id).short}
              current={audience === id}
            />
          ))}
        </ul>
      </nav>
      <p aria-live="polite">
        {t("count", { count: resources.length })}
        {audience ? t("forAudience", { audience: words(audience).short.toLowerCase() }) : ""}
        {province ? t("inProvince", { province: regions.name(province) }) : ""}.
      </p>
      <ul className="list-none pl-0">
        {resources.map((resource) => (
          <ResourceCard key={resource.id} resource={resource} />
        ))}
      </ul>
    </>
  );
}

function FilterLink({ href, label, current }: { href: string; label: string; current: boolean }) {
  return (
    <li>
      <AppLink href={href} aria-current={current ? "page" : undefined} className={current ? "font-bold text-ink" : ""}>
        {label}
      </AppLink>
    </li>
  );
}
