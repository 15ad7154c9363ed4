// The built app on a fresh SQLite file, or on a throwaway PostgreSQL 15 cluster.
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findPostgresBinaries, startPostgresCluster } from "../tests/db/support/postgres-cluster";
import { startAppServer, type AppServer } from "../tests/support/app-server";
import { NEUTRAL_EXIT_URL } from "./quick-exit";

const temporaryFolder = path.join(os.tmpdir(), "safe-harbour-app-");

export type DatabaseKind = "SQLite" | "PostgreSQL";

/** Starts the app on `kind`, runs `work`, then stops everything it started. */
export async function withAppServer<T>(kind: DatabaseKind, work: (server: AppServer) => Promise<T>): Promise<T> {
  const cluster = kind === "PostgreSQL" ? await startPostgresCluster() : undefined;
  // One trusted proxy, so each simulated client's X-Forwarded-For is its own address.
  const env: Record<string, string> = {
    QUICK_EXIT_URL: NEUTRAL_EXIT_URL,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    TRUSTED_PROXY_HOPS: "1",
  };
  if (cluster) env.DATABASE_URL = cluster.urlFor("safe_harbour_bench");
  try {
    const server = await startAppServer(env);
    // If the bench dies (an error, Ctrl-C), the server must not outlive it.
    const killServer = () => server.process.kill("SIGKILL");
    process.once("exit", killServer);
    try {
      return await work(server);
    } finally {
      process.off("exit", killServer);
      await server.stop();
      if (server.databaseUrl.startsWith(`file:${temporaryFolder}`))
        fs.rmSync(path.dirname(server.databaseUrl.slice(5)), { recursive: true, force: true });
    }
  } finally {
    await cluster?.stop();
  }
}

export function postgresVersion(): string {
  try {
    return execFileSync(path.join(findPostgresBinaries(), "postgres"), ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "PostgreSQL not found";
  }
}
