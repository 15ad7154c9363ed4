import { AppLink } from "@/components/app-link/app-link";
import { directory } from "@/lib/content/guidance";
import { dialable } from "@/lib/content/resource-schema";
import { servesCountry, servesEverywhere, whereServed } from "@/lib/content/service-area";
import { siteRoutes } from "@/lib/site/site-routes";

/**
 * The directory's card lines for all of Canada, on every page; each province's own lines are one
 * link away, on Get help now, where a person can pick theirs.
 */
export function SiteFooter() {
  const lines = directory().filter((resource) => resource.cardLabel && resource.phone && servesCountry(resource));
  return (
    <footer className="print-hidden mt-12 border-t border-gray-200 bg-calm">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm">
        <h2 className="mt-0 text-base">Talk to someone</h2>
        <ul className="list-none pl-0">
          {lines.map((line) => (
            <li key={line.id} className="mb-2">
              <span className="font-bold">{line.name}</span>
              {!servesEverywhere(line) && ` (${whereServed(line)})`}:{" "}
              <a href={`tel:${dialable(line.phone as string)}`}>{line.phone}</a>
              <span className="block text-muted">{line.offers}</span>
            </li>
          ))}
        </ul>
        <p className="text-muted">
          A call can show up in the phone&apos;s call log or on a bill.{" "}
          <AppLink href={siteRoutes.getHelp.href}>Lines for each province and territory</AppLink>
        </p>
        <p className="mb-0">
          <AppLink href={siteRoutes.aboutQuickExit.href}>About quick exit</AppLink>
          {" · "}
          <AppLink href={siteRoutes.howWeProtectYou.href}>How we protect you</AppLink>
          {" · "}
          <AppLink href={siteRoutes.search.href}>Search</AppLink>
          {" · "}
          <AppLink href={siteRoutes.account.href}>Your account</AppLink>
        </p>
      </div>
    </footer>
  );
}
