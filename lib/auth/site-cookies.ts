import "server-only";
import { cookies } from "next/headers";
import type { Config } from "../config/load-config";
import { serverConfig } from "../config/server-config";

type CookieOptions = { httpOnly: true; sameSite: "strict"; path: "/"; secure: boolean };
export type SiteCookie = { name: string; options: CookieOptions };

const options = (config: Config): CookieOptions => ({
  httpOnly: true,
  sameSite: "strict",
  path: "/",
  secure: config.secureCookies,
});
// Over HTTPS the __Host- prefix makes the browser refuse the cookie from anywhere but this host.
const named = (config: Config, name: string) => (config.secureCookies ? `__Host-${name}` : name);

/** Auth.js's cookie: our session id and the session's key, encrypted with AUTH_SECRET. */
export function sessionCookie(config: Config): SiteCookie {
  return { name: named(config, "session"), options: options(config) };
}

/** This browser's token for the account last signed in here (lib/auth/known-browser.ts); a neutral name. */
export function browserCookie(config: Config): SiteCookie {
  return { name: named(config, "pref"), options: options(config) };
}

/**
 * Auth.js dates its session cookie (8 hours ahead), so it would outlive closing the browser.
 * Set again without a date, it ends with the browser; the server still ends the session after
 * SESSION_IDLE_MINUTES without activity and after 8 hours.
 */
export async function endSessionCookieWithBrowser(): Promise<void> {
  const { name, options } = sessionCookie(serverConfig());
  const jar = await cookies();
  const value = jar.get(name)?.value;
  if (value) jar.set(name, value, options);
}
