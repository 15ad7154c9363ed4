// `npm start`: check the configuration, generate, build if needed, migrate, then serve.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { checkConfigOrExit } from "../lib/config/check-config-or-exit";
import type { Config } from "../lib/config/load-config";
import { runMigrations } from "../lib/db/run-migrations";
import { buildIfNeeded } from "./build-if-needed";
import { serverProcessEnv } from "./server-process-env";

const root = path.resolve(import.meta.dirname, "..");
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const config = checkConfigOrExit();
if (!fs.existsSync(path.join(root, "lib/db/generated/sqlite/client.ts"))) {
  await import("./prisma-generate");
}
buildIfNeeded(root);
await migrateOrExit(config);
// In a child, so that the thread pool and heap it starts with are the server's own.
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve-app.ts"], {
  cwd: root,
  env: serverProcessEnv(),
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

async function migrateOrExit(current: Config): Promise<void> {
  try {
    await runMigrations(current.database);
  } catch (error) {
    console.error(error instanceof Error ? error.message : "Database migration failed.");
    process.exit(1);
  }
}
