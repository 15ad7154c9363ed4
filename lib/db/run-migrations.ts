import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { migrationRunnerUrl, type DatabaseTarget } from "./database-url";
import { withFileLock } from "./file-lock";

type PostgresTarget = Extract<DatabaseTarget, { dialect: "postgres" }>;

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, "../..");
const dbmate = path.join(projectRoot, "node_modules/.bin/dbmate");
// Any fixed number shared by every app server; it names the lock, nothing more.
const MIGRATION_LOCK_KEY = 7_260_411;

export function migrationsDirectory(dialect: DatabaseTarget["dialect"]): string {
  return path.join(projectRoot, "prisma/migrations", dialect);
}

/** Applies every pending plain-SQL migration with dbmate; safe to call from many servers at once. */
export async function runMigrations(target: DatabaseTarget): Promise<void> {
  if (target.dialect === "sqlite") {
    fs.mkdirSync(path.dirname(target.filePath), { recursive: true, mode: 0o700 });
    // Processes on this machine take turns, as PostgreSQL servers do under the advisory lock.
    await withFileLock(`${target.filePath}.migrating`, () => dbmateCommand(target, "up"));
    return;
  }
  await ensurePostgresDatabase(target);
  const lockClient = new pg.Client({ connectionString: target.url });
  await lockClient.connect();
  try {
    // Only one server migrates at a time; the others wait, then find nothing left to do.
    await lockClient.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await dbmateCommand(target, "migrate");
  } finally {
    await lockClient.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockClient.end();
  }
}

/** Creates the database if the server does not have it yet. */
export async function ensurePostgresDatabase(target: PostgresTarget): Promise<void> {
  const probe = new pg.Client({ connectionString: target.url });
  try {
    await probe.connect();
    await probe.end();
  } catch (error) {
    await probe.end().catch(() => undefined);
    if ((error as { code?: string }).code !== "3D000") throw error;
    // Another server may create it first; dbmate then reports it exists, which is fine.
    await dbmateCommand(target, "create").catch(() => undefined);
  }
}

async function dbmateCommand(target: DatabaseTarget, command: "up" | "migrate" | "create"): Promise<void> {
  const args = [
    "--url",
    migrationRunnerUrl(target),
    "--migrations-dir",
    migrationsDirectory(target.dialect),
    "--no-dump-schema",
    "--env-file",
    "/dev/null",
    command,
  ];
  try {
    await run(dbmate, args, { cwd: projectRoot });
  } catch (error) {
    const output = String((error as { stderr?: string }).stderr ?? "").trim();
    throw new Error(`Database migration failed: ${redactUrls(output) || "dbmate exited with an error"}`);
  }
}

/** dbmate may echo the address, and a PostgreSQL address can hold a password. */
function redactUrls(text: string): string {
  return text.replace(/[a-z]+:\/\/[^\s"']+/gi, "[database address]");
}
