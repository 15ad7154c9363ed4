import "server-only";
import { cookies } from "next/headers";
import { serverConfig } from "../config/server-config";
import { newBrowserToken } from "./browser-token";
import { browserCookie } from "./site-cookies";

// Long enough to be there the next time; a browser keeps no cookie past 400 days anyway.
const KEEP_SECONDS = 180 * 24 * 60 * 60;

/** This browser's token (lib/auth/browser-token.ts), if it has one. */
export async function thisBrowsersToken(): Promise<string | undefined> {
  return (await cookies()).get(browserCookie(serverConfig()).name)?.value;
}

/** After the account's own passphrase or recovery code: a new token replaces any old one. */
export async function rememberThisBrowser(lookup: string): Promise<void> {
  const { name, options } = browserCookie(serverConfig());
  (await cookies()).set(name, newBrowserToken(lookup), { ...options, maxAge: KEEP_SECONDS });
}

export async function forgetThisBrowser(): Promise<void> {
  const { name, options } = browserCookie(serverConfig());
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}
