import { EXIT_ROUTE } from "@/lib/site/site-routes";

/**
 * A plain link, so it works without JavaScript; the inline script makes it instant and leaves for
 * the site named in `data-quick-exit` (the person's choice while signed in).
 */
export function QuickExitButton({ exitUrl, label }: { exitUrl: string; label: string }) {
  return (
    <a
      href={EXIT_ROUTE}
      data-quick-exit={exitUrl}
      className="inline-flex min-h-11 shrink-0 items-center whitespace-nowrap rounded-md bg-exit px-4 py-2 font-bold text-white no-underline shadow-sm hover:bg-exit-dark"
    >
      {label}
    </a>
  );
}
