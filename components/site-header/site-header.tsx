import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { LanguageSwitch } from "@/components/language-switch/language-switch";
import { QuickExitButton } from "@/components/quick-exit/quick-exit-button";
import { supportedLocales } from "@/i18n/locales";
import type { PlanKind } from "@/lib/settings/plan-kind";
import { routeKeyOf } from "@/lib/site/route-key";
import { mainNavigation, siteRoutes } from "@/lib/site/site-routes";
import { SiteNavigation } from "./site-navigation";

/**
 * Only the slim bar with the quick exit stays in view; the navigation scrolls away. The bar is a
 * child of <body>, not of a wrapper: a sticky element only sticks within its parent's height.
 */
export async function SiteHeader({
  siteName,
  exitUrl,
  planKind,
}: {
  siteName: string;
  exitUrl: string;
  planKind: PlanKind;
}) {
  const [t, routes, locale] = await Promise.all([getTranslations("shell"), getTranslations("routes"), getLocale()]);
  // Someone making a change plan is offered theirs where the safety plan would be.
  const items = mainNavigation
    .map((route) => (planKind === "change" && route === siteRoutes.makeAPlan ? siteRoutes.changePlan : route))
    .map((route) => ({ href: route.href, label: routes(routeKeyOf(route)) }));
  const otherLanguages = supportedLocales.filter(({ code }) => code !== locale);
  return (
    <>
      <header className="print-hidden sticky top-0 z-40 border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-2 px-4 py-2">
          {/* One line whatever the name, so the bar keeps the height scroll-padding allows for. */}
          <AppLink
            href={siteRoutes.home.href}
            className="min-w-0 truncate py-2 text-lg font-bold text-ink no-underline"
          >
            {siteName}
          </AppLink>
          <QuickExitButton exitUrl={exitUrl} label={t("quickExit.button")} />
        </div>
      </header>
      {/* Only without JavaScript, where quick exit cannot take the page out of the history; outside the sticky bar, so its height stays one line. */}
      <noscript>
        <p className="print-hidden mx-auto mb-0 max-w-3xl px-4 py-2 text-sm" data-without-javascript="note">
          {t("quickExit.withoutJavaScriptNote")} <a href={siteRoutes.aboutQuickExit.href}>{routes("aboutQuickExit")}</a>
        </p>
      </noscript>
      <SiteNavigation items={items} label={t("mainNavigation")}>
        <LanguageSwitch languages={otherLanguages} label={t("language.label")} />
      </SiteNavigation>
    </>
  );
}
