// The built app, started for a reliability test with settings that keep the tests quick.
import { startAppServer, type AppServer } from "../../support/app-server";

export const RELIABILITY_AUTH_SECRET = "reliability-only-secret-0123456789abcdefghij";

/**
 * The app on a fresh SQLite file unless `env.DATABASE_URL` names another database. It trusts one
 * proxy, as behind a load balancer, so each simulated person's X-Forwarded-For is their own address.
 */
export function startReliabilityServer(env: Record<string, string> = {}): Promise<AppServer> {
  return startAppServer({
    AUTH_SECRET: RELIABILITY_AUTH_SECRET,
    SESSION_IDLE_MINUTES: "120",
    TRUSTED_PROXY_HOPS: "1",
    ...env,
  });
}
