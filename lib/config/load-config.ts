import path from "node:path";
import { databaseTarget, type DatabaseTarget } from "../db/database-url";
import { loadOrCreateAuthSecret } from "./auth-secret";
import { ConfigurationError, parseEnvironment } from "./config-schema";

export type Config = {
  database: DatabaseTarget;
  databaseUrl: string;
  authSecret: string;
  port: number;
  quickExitUrl: string;
  siteName: string;
  /** Cookies are marked Secure when people reach the app over HTTPS. */
  secureCookies: boolean;
  /** The address people use (AUTH_URL's origin), when set: what a helper's link starts with. */
  publicOrigin?: string;
  sessionIdleMinutes: number;
  /** The first wait after too many wrong passphrases; it doubles with each further one. */
  signInDelaySeconds: number;
  /** How many proxies in front of the app append to X-Forwarded-For; with 0 the header is ignored. */
  trustedProxyHops: number;
};

/** Validates the environment and fills in what the embedded default can provide by itself. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = parseEnvironment(env);
  const database = databaseTarget(parsed.DATABASE_URL);
  return {
    database,
    databaseUrl: parsed.DATABASE_URL,
    authSecret: parsed.AUTH_SECRET ?? embeddedAuthSecret(database),
    port: parsed.PORT,
    quickExitUrl: parsed.QUICK_EXIT_URL,
    siteName: parsed.SITE_NAME,
    secureCookies: parsed.AUTH_URL?.startsWith("https://") ?? false,
    ...(parsed.AUTH_URL ? { publicOrigin: new URL(parsed.AUTH_URL).origin } : {}),
    sessionIdleMinutes: parsed.SESSION_IDLE_MINUTES,
    signInDelaySeconds: parsed.SIGN_IN_DELAY_SECONDS,
    trustedProxyHops: parsed.TRUSTED_PROXY_HOPS,
  };
}

function embeddedAuthSecret(database: DatabaseTarget): string {
  if (database.dialect === "postgres") {
    throw new ConfigurationError(
      "AUTH_SECRET",
      "must be set when DATABASE_URL is PostgreSQL, with the same value on every app server",
    );
  }
  return loadOrCreateAuthSecret(path.dirname(database.filePath));
}
