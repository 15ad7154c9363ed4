import { defaultLocale, isSupportedLocale, supportedLocales } from "./locales";

type Wanted = { tag: string; quality: number };

/** The languages an Accept-Language header asks for, best first; anything unreadable is skipped. */
function wantedLanguages(header: string): Wanted[] {
  return header
    .split(",")
    .slice(0, 20)
    .map((part, order) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), quality, order };
    })
    .filter(({ tag, quality }) => /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/.test(tag) && quality > 0 && quality <= 1)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
}

const primary = (tag: string) => tag.toLowerCase().split("-")[0];

/** A supported locale for one asked-for tag: the same tag, else the first one with its language. */
function matchOne(tag: string): string | undefined {
  return (
    supportedLocales.find((locale) => locale.code.toLowerCase() === tag)?.code ??
    supportedLocales.find((locale) => primary(locale.code) === primary(tag))?.code
  );
}

/** The cookie's choice if it names a language we speak, else the browser's best match, else the default. */
export function negotiateLocale({ cookie, acceptLanguage }: { cookie?: string; acceptLanguage?: string | null }) {
  if (isSupportedLocale(cookie)) return cookie;
  for (const { tag } of wantedLanguages(acceptLanguage ?? "")) {
    const match = matchOne(tag);
    if (match) return match;
  }
  return defaultLocale;
}
