import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { findPostgresBinaries } from "./postgres-cluster";

const run = promisify(execFile);

/**
 * Every byte an attacker with a copy of the database would hold. For SQLite: the database file
 * and its write-ahead log as they are on disk, read while the app's connection is still open, so
 * nothing is checkpointed or cleaned first. For PostgreSQL: a plain-text pg_dump, as a backup is.
 */
export async function rawDatabaseBytes(target: DatabaseTarget): Promise<Buffer> {
  if (target.dialect === "sqlite") {
    const files = [target.filePath, `${target.filePath}-wal`].filter((file) => fs.existsSync(file));
    return Buffer.concat(files.map((file) => fs.readFileSync(file)));
  }
  // The cluster trusts its `app` user over loopback TCP, so no OS user switch is needed.
  const pgDump = path.join(findPostgresBinaries(), "pg_dump");
  const { stdout } = await run(pgDump, ["--format=plain", "--no-owner", `--dbname=${target.url}`], {
    encoding: "buffer",
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** The write-ahead log alone, to show the SQLite data is really there and not only in memory. */
export function sqliteWalBytes(filePath: string): Buffer {
  const wal = `${filePath}-wal`;
  return fs.existsSync(wal) ? fs.readFileSync(wal) : Buffer.alloc(0);
}
