import { AppLink } from "@/components/app-link/app-link";
import { audienceIds, audiences, type AudienceId } from "@/lib/content/audiences";
import { audienceCode, directory } from "@/lib/content/guidance";
import { provinces, type ProvinceCode } from "@/lib/content/regions";
import { servesCountry, servesProvince } from "@/lib/content/service-area";
import { linksForPath, siteRoutes } from "@/lib/site/site-routes";
import { ProvinceFilter, withProvince } from "./province-filter";
import { ResourceCard } from "./resource-card";

type Props = { audience?: AudienceId; province?: ProvinceCode };

/**
 * The directory, narrowed by plain links to one audience and by a plain form to one province or
 * territory: its own services first, then those for all of Canada.
 */
export function ResourceDirectory({ audience, province }: Props) {
  const here = audience ? linksForPath(audienceCode(audience)) : siteRoutes.resources.href;
  const resources = directory()
    .filter((resource) => !audience || resource.for.includes(audience))
    .filter((resource) => !province || servesProvince(resource, province))
    .map((resource, index) => ({ resource, index }))
    .sort(
      (a, b) =>
        (province ? Number(servesCountry(a.resource)) - Number(servesCountry(b.resource)) : 0) || a.index - b.index,
    )
    .map(({ resource }) => resource);
  return (
    <>
      <ProvinceFilter action={here} province={province} />
      <nav aria-label="Who it is for" className="print-hidden mb-6">
        <p className="mb-1 font-bold">Show services for:</p>
        <ul className="mb-0 flex list-none flex-wrap gap-x-4 gap-y-1 pl-0">
          <FilterLink href={withProvince(siteRoutes.resources.href, province)} label="Everyone" current={!audience} />
          {audienceIds.map((id) => (
            <FilterLink
              key={id}
              href={withProvince(linksForPath(audienceCode(id)), province)}
              label={audiences[id].short}
              current={audience === id}
            />
          ))}
        </ul>
      </nav>
      <p aria-live="polite">
        {resources.length} {resources.length === 1 ? "service" : "services"}
        {audience ? ` for ${audiences[audience].short.toLowerCase()}` : ""}
        {province ? ` in ${provinces[province]}, its own first, then those for all of Canada` : ""}.
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
