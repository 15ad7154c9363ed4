import { EXIT_ROUTE } from "@/lib/site/site-routes";

/** The first thing a keyboard reaches on every page. */
export function QuickExitSkipLink({ exitUrl, label }: { exitUrl: string; label: string }) {
  return (
    <a
      href={EXIT_ROUTE}
      data-quick-exit={exitUrl}
      className="print-hidden sr-only bg-exit font-bold text-white focus:not-sr-only focus:fixed focus:top-0 focus:left-0 focus:z-50 focus:block focus:w-full focus:p-4 focus:text-white"
    >
      {label}
    </a>
  );
}
