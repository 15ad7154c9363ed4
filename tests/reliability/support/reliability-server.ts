// The built app, started for a reliability test with settings that keep the tests quick.
import { startAppServer, type AppServer } from "../../support/app-server";

export const RELIABILITY_AUTH_SECRET = "reliability-only-secret-0123456789abcdefghij";

/** `next start` on a fresh SQLite file unless `env.DATABASE_URL` names another database. */
export function startReliabilityServer(env: Record<string, string> = {}): Promise<AppServer> {
  return startAppServer({ AUTH_SECRET: RELIABILITY_AUTH_SECRET, SESSION_IDLE_MINUTES: "120", ...env });
}
