import { negotiateLocale } from "../../i18n/negotiate-locale";
import { provinceCodes } from "../../lib/content/regions";

/** Pages with no personal data and no session: the same document for everyone in one language. */
const FIXED_PAGES = new Set(["/", "/about", "/privacy", "/reading", "/links", "/contacts", "/search"]);
/** Guidance, topics and the directory for one audience; the code is checked by Next when rendered. */
const CODED_PAGE = /^\/(?:guide|topics|links)\/[a-z0-9-]{1,40}$/;
/** The directory's province filter (?r=ON) is the one query a static page may have. */
const PROVINCE_QUERY = "r";

export type CookieNames = { session: string; language: string };

export function isStaticPath(pathname: string): boolean {
  return FIXED_PAGES.has(pathname) || CODED_PAGE.test(pathname);
}

/** `/links?r=ON` for an address whose only query is a province, else null; anything else goes to Next. */
export function staticAddress(url: string): string | null {
  const parsed = new URL(url, "http://static.invalid");
  if (!isStaticPath(parsed.pathname)) return null;
  const names = [...parsed.searchParams.keys()];
  if (names.length === 0 && !url.includes("?")) return parsed.pathname;
  const province = parsed.searchParams.get(PROVINCE_QUERY);
  const known = provinceCodes.some((code) => code === province);
  return names.length === 1 && names[0] === PROVINCE_QUERY && known ? `${parsed.pathname}?r=${province}` : null;
}

function cookiesOf(header: string | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) jar.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return jar;
}

export type StaticRequest = { address: string; locale: string };

/**
 * The static page a request may be answered with: a GET or HEAD of a public address, with no
 * session cookie (Auth.js may split it into `name.0`, `name.1`…); the language as i18n/request.ts
 * picks it (the cookie, then Accept-Language). Null sends the request to Next.
 */
export function staticRequestOf(
  request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> },
  names: CookieNames,
): StaticRequest | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const address = staticAddress(request.url ?? "");
  if (!address) return null;
  const cookie = request.headers.cookie;
  const jar = cookiesOf(Array.isArray(cookie) ? cookie.join("; ") : cookie);
  if ([...jar.keys()].some((name) => name === names.session || name.startsWith(`${names.session}.`))) return null;
  const acceptLanguage = request.headers["accept-language"];
  const locale = negotiateLocale({
    cookie: jar.get(names.language),
    acceptLanguage: Array.isArray(acceptLanguage) ? acceptLanguage.join(",") : acceptLanguage,
  });
  return { address, locale };
}
