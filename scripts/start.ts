// `npm start`: check the configuration, generate, build if needed, migrate, then serve.
import fs from "node:fs";
import path from "node:path";
import { checkConfigOrExit } from "../lib/config/check-config-or-exit";
import type { Config } from "../lib/config/load-config";
import { runMigrations } from "../lib/db/run-migrations";
import { buildIfNeeded } from "./build-if-needed";
import { serveApp } from "./serve-app";

const root = path.resolve(import.meta.dirname, "..");
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const config = checkConfigOrExit();
if (!fs.existsSync(path.join(root, "lib/db/generated/sqlite/client.ts"))) {
  await import("./prisma-generate");
}
buildIfNeeded(root);
await migrateOrExit(config);
await serveApp({ port: config.port, trustedProxyHops: config.trustedProxyHops });

async function migrateOrExit(current: Config): Promise<void> {
  try {
    await runMigrations(current.database);
  } catch (error) {
    console.error(error instanceof Error ? error.message : "Database migration failed.");
    process.exit(1);
  }
}
