"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { AppLink } from "@/components/app-link/app-link";

export type NavigationItem = { href: string; label: string };

/** The main menu, with the language switch at its end. */
export function SiteNavigation({
  items,
  label,
  children,
}: {
  items: NavigationItem[];
  label: string;
  children?: ReactNode;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="print-hidden border-b border-gray-200 bg-calm">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 px-4 py-2">
        <ul className="mb-0 flex list-none flex-wrap gap-x-4 gap-y-1 pl-0 text-sm sm:text-base">
          {items.map((item) => {
            const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <li key={item.href}>
                <AppLink
                  href={item.href}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block py-2 ${current ? "font-bold text-ink" : ""}`}
                >
                  {item.label}
                </AppLink>
              </li>
            );
          })}
        </ul>
        {children}
      </div>
    </nav>
  );
}
