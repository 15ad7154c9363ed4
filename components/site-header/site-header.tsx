import { AppLink } from "@/components/app-link/app-link";
import { QuickExitButton } from "@/components/quick-exit/quick-exit-button";
import { withoutJavaScript } from "@/components/quick-exit/without-javascript-words";
import type { PlanKind } from "@/lib/settings/plan-kind";
import { siteRoutes } from "@/lib/site/site-routes";
import { SiteNavigation } from "./site-navigation";

/**
 * Only the slim bar with the quick exit stays in view; the navigation scrolls away. The bar is a
 * child of <body>, not of a wrapper: a sticky element only sticks within its parent's height.
 */
export function SiteHeader({ siteName, exitUrl, planKind }: { siteName: string; exitUrl: string; planKind: PlanKind }) {
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
          <QuickExitButton exitUrl={exitUrl} />
        </div>
      </header>
      {/* Only without JavaScript, where quick exit cannot take the page out of the history; outside the sticky bar, so its height stays one line. */}
      <noscript>
        <p className="print-hidden mx-auto mb-0 max-w-3xl px-4 py-2 text-sm" data-without-javascript="note">
          {withoutJavaScript.note} <a href={siteRoutes.aboutQuickExit.href}>About quick exit</a>
        </p>
      </noscript>
      <SiteNavigation planKind={planKind} />
    </>
  );
}
