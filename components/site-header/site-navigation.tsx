"use client";

import { usePathname } from "next/navigation";
import { AppLink } from "@/components/app-link/app-link";
import type { PlanKind } from "@/lib/settings/plan-kind";
import { mainNavigation, siteRoutes } from "@/lib/site/site-routes";

/** The main menu; someone making a change plan is offered theirs where the safety plan would be. */
export function SiteNavigation({ planKind }: { planKind: PlanKind }) {
  const pathname = usePathname();
  const routes = mainNavigation.map((route) =>
    planKind === "change" && route === siteRoutes.makeAPlan ? siteRoutes.changePlan : route,
  );
  return (
    <nav aria-label="Main" className="print-hidden border-b border-gray-200 bg-calm">
      <ul className="mx-auto mb-0 flex max-w-3xl list-none flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm sm:text-base">
        {routes.map((route) => {
          const current = pathname === route.href || pathname.startsWith(`${route.href}/`);
          return (
            <li key={route.href}>
              <AppLink
                href={route.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block py-2 ${current ? "font-bold text-ink" : ""}`}
              >
                {route.navLabel}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
