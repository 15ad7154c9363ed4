import { AppLink } from "@/components/app-link/app-link";
import { PROVINCE_QUERY, ProvinceFilter, withProvince } from "@/components/resource-directory/province-filter";
import { ResourceContact } from "@/components/resource-directory/resource-contact";
import { directoryOfShelters, shortAddress } from "@/lib/content/crisis-lines";
import { directory } from "@/lib/content/guidance";
import { NATIONWIDE_NAME, provinceCodes, provinceFromQuery, provinces } from "@/lib/content/regions";
import type { Resource } from "@/lib/content/resource-schema";
import { isAlwaysOpen, servesCountry, servesProvince, whereServed } from "@/lib/content/service-area";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("getHelp");

type Group = { id: string; place: string; heading: string; lines: Resource[] };
type Query = Promise<Record<string, string | string[] | undefined>>;

export default async function GetHelpPage({ searchParams }: { searchParams: Query }) {
  const province = provinceFromQuery((await searchParams)[PROVINCE_QUERY]);
  const openNow = directory().filter((resource) => isAlwaysOpen(resource) && resource.phone);
  const national = openNow.filter((line) => servesCountry(line) && (!province || servesProvince(line, province)));
  const groups: Group[] = [
    { id: "CA", place: NATIONWIDE_NAME, heading: "Across Canada", lines: national },
    ...provinceCodes
      .filter((code) => !province || code === province)
      .map((code) => ({
        id: code,
        place: provinces[code],
        heading: `In ${provinces[code]}`,
        lines: openNow.filter((line) => !servesCountry(line) && servesProvince(line, code)),
      })),
  ].filter((group) => group.lines.length > 0);
  const shelters = directoryOfShelters(directory());
  return (
    <>
      <h1>Get help now</h1>
      <p>
        {province === "NU" ? (
          <>
            Nunavut does not have 911. If you or someone else is in immediate danger, the lines for Nunavut are below.
          </>
        ) : (
          <>
            If you or someone else is in immediate danger, call <a href="tel:911">911</a>
            {!province && " (Nunavut does not have 911: its lines are below)"}.
          </>
        )}{" "}
        These lines are free and open day and night. You do not need a plan, or to know what you want, before you call.
      </p>
      <p>
        Some lines serve all of Canada. Others serve one province or territory, or one city, and say so.
        {shelters && (
          <>
            {" "}
            {shelters.name} (
            <a href={shelters.url} rel="noreferrer">
              {shortAddress(shelters.url)}
            </a>
            ) lists shelters and crisis lines across Canada.
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
                {whereServed(resource) !== place && (
                  <p className="mb-1 text-sm text-muted">Serves {whereServed(resource)}.</p>
                )}
                <ResourceContact resource={resource} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>Before you call or text</h2>
      <p>
        A call or a text can leave a record: the call log, the message thread, or a line on the phone bill. If someone
        checks your phone, you might use a phone at work or a friend&apos;s phone, or delete just that one entry
        afterwards rather than the whole history, which can draw attention.
      </p>
      <p>
        <AppLink href={withProvince(siteRoutes.resources.href, province)}>More services</AppLink>, with what each one
        can leave behind.
      </p>
    </>
  );
}
