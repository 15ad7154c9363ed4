import { AppLink } from "@/components/app-link/app-link";
import { audienceIds, audiences, type AudienceId } from "@/lib/content/audiences";
import { audienceCode, directory } from "@/lib/content/guidance";
import { linksForPath, siteRoutes } from "@/lib/site/site-routes";
import { ResourceCard } from "./resource-card";

/** The directory, optionally narrowed to one audience by plain links (no script, no query string). */
export function ResourceDirectory({ audience }: { audience?: AudienceId }) {
  const resources = directory().filter((resource) => !audience || resource.for.includes(audience));
  return (
    <>
      <nav aria-label="Who it is for" className="print-hidden mb-6">
        <p className="mb-1 font-bold">Show services for:</p>
        <ul className="mb-0 flex list-none flex-wrap gap-x-4 gap-y-1 pl-0">
          <FilterLink href={siteRoutes.resources.href} label="Everyone" current={!audience} />
          {audienceIds.map((id) => (
            <FilterLink key={id} href={linksForPath(audienceCode(id))} label={audiences[id].short} current={audience === id} />
          ))}
        </ul>
      </nav>
      <p aria-live="polite">
        {resources.length} {resources.length === 1 ? "service" : "services"}
        {audience ? ` for ${audiences[audience].short.toLowerCase()}` : ""}.
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
