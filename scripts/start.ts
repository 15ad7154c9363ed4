// `npm start`: check the configuration, generate, build if needed, migrate, then serve.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { checkConfigOrExit } from "../lib/config/check-config-or-exit";
import type { Config } from "../lib/config/load-config";
import { runMigrations } from "../lib/db/run-migrations";
import { buildIfNeeded } from "./build-if-needed";

const root = path.resolve(import.meta.dirname, "..");
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const config = checkConfigOrExit();
if (!fs.existsSync(path.join(root, "lib/db/generated/sqlite/client.ts"))) {
  await import("./prisma-generate");
}
buildIfNeeded(root);
await migrateOrExit(config);
serve(config);

async function migrateOrExit(current: Config): Promise<void> {
  try {
    await runMigrations(current.database);
  } catch (error) {
    console.error(error instanceof Error ? error.message : "Database migration failed.");
    process.exit(1);
  }
}

function serve(current: Config): void {
  const next = path.join(root, "node_modules/.bin/next");
  const child = spawn(next, ["start", "--port", String(current.port)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
