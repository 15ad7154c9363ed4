"use client";

import { usePathname } from "next/navigation";

export type OtherLanguage = { code: string; name: string };

/**
 * A plain form, so it works without JavaScript. The page to come back to is read here, not in the
 * layout: the layout is not drawn again when a link changes the page.
 */
export function LanguageSwitch({ languages, label }: { languages: OtherLanguage[]; label: string }) {
  const pathname = usePathname();
  return (
    <form method="post" action="/language" aria-label={label} className="print-hidden mb-0 flex gap-2">
      <input type="hidden" name="returnTo" value={pathname} />
      {languages.map(({ code, name }) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          lang={code}
          className="min-h-11 cursor-pointer px-1 py-2 text-link underline"
        >
          {name}
        </button>
      ))}
    </form>
  );
}
