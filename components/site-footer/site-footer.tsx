import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { directory } from "@/lib/content/guidance";
import { inLanguage } from "@/lib/content/in-language";
import { dialable } from "@/lib/content/resource-schema";
import { regionWords } from "@/lib/content/region-words";
import { servesCountry, servesEverywhere, whereServed } from "@/lib/content/service-area";
import { siteRoutes } from "@/lib/site/site-routes";

/**
 * The directory's card lines for all of Canada, on every page; each province's own lines are one
 * link away, on Get help now, where a person can pick theirs.
 */
export async function SiteFooter() {
  const [t, routes, locale, regions] = await Promise.all([
    getTranslations("shell.footer"),
    getTranslations("routes"),
    getLocale(),
    regionWords(),
  ]);
  const lines = inLanguage(
    directory().filter((resource) => resource.cardLabel && resource.phone && servesCountry(resource)),
    locale,
  );
  return (
    <footer className="print-hidden mt-12 border-t border-gray-200 bg-calm">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm">
        <h2 className="mt-0 text-base">{t("talkToSomeone")}</h2>
        <ul className="list-none pl-0">
          {lines.map((line) => (
            <li key={line.id} className="mb-2">
              <span className="font-bold">{line.name}</span>
              {!servesEverywhere(line) && ` (${whereServed(line, regions)})`}:{" "}
              <a href={`tel:${dialable(line.phone as string)}`}>{line.phone}</a>
              <span className="block text-muted">{line.offers}</span>
            </li>
          ))}
        </ul>
        <p className="text-muted">
          {t("callLog")} <AppLink href={siteRoutes.getHelp.href}>{t("provinceLines")}</AppLink>
        </p>
        <p className="mb-0">
          <AppLink href={siteRoutes.aboutQuickExit.href}>{routes("aboutQuickExit")}</AppLink>
          {" · "}
          <AppLink href={siteRoutes.howWeProtectYou.href}>{routes("howWeProtectYou")}</AppLink>
          {" · "}
          <AppLink href={siteRoutes.search.href}>{routes("search")}</AppLink>
          {" · "}
          <AppLink href={siteRoutes.account.href}>{routes("account")}</AppLink>
        </p>
      </div>
    </footer>
  );
}
