// Starts the built app on a free port with its own database, for tests and benchmarks, served the
// way `npm start` serves it (scripts/serve-app.ts), in one process that can be killed outright.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../lib/config/load-config";
import { runMigrations } from "../../lib/db/run-migrations";
import { serverProcessEnv } from "../../scripts/server-process-env";
import { freePort } from "./free-port";

const root = path.resolve(import.meta.dirname, "../..");

export type AppServer = {
  url: string;
  port: number;
  databaseUrl: string;
  process: ChildProcess;
  /** Everything the server printed, to check that no stack trace or secret was logged. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
};

/** A fresh SQLite file in a temp folder, as a DATABASE_URL. */
export function temporarySqliteUrl(): string {
  return `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "safe-harbour-app-")), "app.db")}`;
}

/** Migrates the database, then serves the app until it answers. The app must be built. */
export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID")))
    throw new Error(`Build the app first (npx next build) into ${distDir}.`);
  const port = await freePort();
  const databaseUrl = env.DATABASE_URL ?? temporarySqliteUrl();
  const fullEnv = {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    QUICK_EXIT_URL: "https://neutral.example/",
    SIGN_IN_DELAY_SECONDS: "2",
    ...env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
  };
  await runMigrations(loadConfig({ ...fullEnv }).database);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve-app.ts", "--hostname", "127.0.0.1"], {
    cwd: root,
    env: serverProcessEnv({ ...process.env, ...fullEnv }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child, () => output);
  return {
    url,
    port,
    databaseUrl,
    process: child,
    output: () => output,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app stopped while starting:\n${output()}`);
    try {
      const response = await fetch(`${url}/`, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The app did not answer within a minute:\n${output()}`);
}
