import { provinceCodes } from "../../lib/content/regions";

/** Pages with no personal data and no session: the same document for everyone in one language. */
const FIXED_PAGES = new Set(["/", "/about", "/privacy", "/reading", "/links", "/contacts", "/search"]);
/** Guidance, topics and the directory for one audience; the code is checked by Next when rendered. */
const CODED_PAGE = /^\/(?:guide|topics|links)\/[a-z0-9-]{1,40}$/;
/** The directory's province filter (?r=ON) is the one query a static page may have. */
const PROVINCE_QUERY = "r";

export function isStaticPath(pathname: string): boolean {
  return FIXED_PAGES.has(pathname) || CODED_PAGE.test(pathname);
}

/** `/links?r=ON` for an address whose only query is a province, else null; anything else goes to Next. */
export function staticAddress(url: string): string | null {
  // "//host/about" would parse as another host's /about: only a plain path of this site counts.
  if (!url.startsWith("/") || url.startsWith("//")) return null;
  const parsed = new URL(url, "http://static.invalid");
  if (!isStaticPath(parsed.pathname)) return null;
  const names = [...parsed.searchParams.keys()];
  if (names.length === 0 && !url.includes("?")) return parsed.pathname;
  const province = parsed.searchParams.get(PROVINCE_QUERY);
  // "All provinces" sends an empty choice: the same page as none.
  if (names.length === 1 && province === "") return parsed.pathname;
  const known = provinceCodes.some((code) => code === province);
  return names.length === 1 && names[0] === PROVINCE_QUERY && known ? `${parsed.pathname}?r=${province}` : null;
}
