import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { ResourceContact } from "@/components/resource-directory/resource-contact";
import { directoryOfShelters, shortAddress } from "@/lib/content/crisis-lines";
import { directory } from "@/lib/content/guidance";
import { NATIONWIDE, regionNames } from "@/lib/content/regions";
import { whereServed } from "@/lib/content/resource-schema";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.getHelp.title };

export default function GetHelpPage() {
  const openNow = directory().filter((resource) => resource.hours === "Always open" && resource.phone);
  const groups = regionNames
    .map((region) => ({ region, lines: openNow.filter((resource) => resource.region === region) }))
    .filter((group) => group.lines.length > 0);
  const shelters = directoryOfShelters(directory());
  return (
    <>
      <h1>Get help now</h1>
      <p>
        If you or someone else is in immediate danger, call <a href="tel:911">911</a>. These lines are free and open
        day and night. You do not need a plan, or to know what you want, before you call.
      </p>
      <p>
        Some lines serve all of Canada. Others serve only one province, or one city, and say so. This list has no
        lines yet for most provinces and territories.
        {shelters && (
          <>
            {" "}
            {shelters.name} (<a href={shelters.url} rel="noreferrer">{shortAddress(shelters.url)}</a>) lists shelters
            and crisis lines across Canada.
          </>
        )}
      </p>
      {groups.map(({ region, lines }) => (
        <section key={region} aria-labelledby={`lines-${region}`}>
          <h2 id={`lines-${region}`}>{region === NATIONWIDE ? "Across Canada" : `In ${region} only`}</h2>
          <ul className="list-none pl-0">
            {lines.map((resource) => (
              <li key={resource.id} className="mb-5">
                <h3 className="mt-0 mb-1 text-lg">{resource.name}</h3>
                <p className="mb-1">{resource.offers}</p>
                {resource.area && <p className="mb-1 text-sm text-muted">Serves {whereServed(resource)}.</p>}
                <ResourceContact resource={resource} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>Before you call or text</h2>
      <p>
        A call or a text can leave a record: the call log, the message thread, or a line on the phone bill. If
        someone checks your phone, you might use a phone at work or a friend&apos;s phone, or delete just that one
        entry afterwards rather than the whole history, which can draw attention.
      </p>
      <p>
        <AppLink href={siteRoutes.resources.href}>More services</AppLink>, with what each one can leave behind.
      </p>
    </>
  );
}
