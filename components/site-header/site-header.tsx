import { AppLink } from "@/components/app-link/app-link";
import { QuickExitButton } from "@/components/quick-exit/quick-exit-button";
import { siteRoutes } from "@/lib/site/site-routes";
import { SiteNavigation } from "./site-navigation";

/** Only the slim bar with the quick exit stays in view; the navigation scrolls away. */
export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="print-hidden">
      <div className="sticky top-0 z-40 border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-2 px-4 py-2">
          <AppLink href={siteRoutes.home.href} className="py-2 text-lg font-bold text-ink no-underline">
            {siteName}
          </AppLink>
          <QuickExitButton />
        </div>
      </div>
      <SiteNavigation />
    </header>
  );
}
