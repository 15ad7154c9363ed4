import "server-only";
import { cookies } from "next/headers";
import type { Config } from "../lib/config/load-config";
import { serverConfig } from "../lib/config/server-config";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The only place the language choice is kept. Lax, not Strict: a person arriving from a link must
 * see the language they chose. Quick exit and signing out expire it with every other cookie.
 */
export function languageCookie(config: Config) {
  return {
    // Over HTTPS the __Host- prefix makes the browser refuse the cookie from anywhere but this host.
    name: config.secureCookies ? "__Host-lang" : "lang",
    options: {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: config.secureCookies,
      maxAge: ONE_YEAR_SECONDS,
    } as const,
  };
}

export async function chosenLanguage(): Promise<string | undefined> {
  return (await cookies()).get(languageCookie(serverConfig()).name)?.value;
}
