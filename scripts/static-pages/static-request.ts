import { negotiateLocale } from "../../i18n/negotiate-locale";
import { staticAddress } from "./static-address";

export type CookieNames = { session: string; language: string };

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
  // Next's router, on a page drawn by React, asks for the next page's payload at the same address.
  if (request.headers["rsc"] !== undefined || request.headers["next-router-state-tree"] !== undefined) return null;
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
