// What is stored, table by table, as digests: comparing two fingerprints says which tables a batch
// of requests changed. Read through a read-only connection beside the running server (WAL mode).
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { databaseTarget } from "../../../lib/db/database-url";

export type Table = "User" | "Session" | "Record" | "RateLimit";

// Columns that say what a row holds; a session's last-seen time changes on every visit and is left out.
const queries: Record<Table, string> = {
  User: `SELECT id, usernameLookup, hex(verifier), hex(passphraseSalt), dataKeyUnderPassphrase, hex(recoverySalt), dataKeyUnderRecovery FROM "User" ORDER BY id`,
  Session: `SELECT id, userId, dataKeyUnderSession, expiresAt FROM "Session" ORDER BY id`,
  Record: `SELECT id, userId, kindTag, version, envelope FROM "Record" ORDER BY id`,
  RateLimit: `SELECT key, points, expire FROM "RateLimit" ORDER BY key`,
};

export type Fingerprint = Record<Table, { rows: number; digest: string }>;

export function fingerprint(databaseUrl: string): Fingerprint {
  const target = databaseTarget(databaseUrl);
  if (target.dialect !== "sqlite") throw new Error("Fingerprints read the SQLite file.");
  const db = new Database(target.filePath, { readonly: true, fileMustExist: true });
  try {
    const result = {} as Fingerprint;
    for (const [table, sql] of Object.entries(queries) as [Table, string][]) {
      const rows = db.prepare(sql).raw().all();
      result[table] = {
        rows: rows.length,
        digest: createHash("sha256").update(JSON.stringify(rows)).digest("hex").slice(0, 16),
      };
    }
    return result;
  } finally {
    db.close();
  }
}

/** The tables whose contents differ, other than the ones allowed to change. */
export function changedTables(before: Fingerprint, after: Fingerprint, allowed: readonly Table[] = []): string[] {
  return (Object.keys(before) as Table[])
    .filter((table) => !allowed.includes(table) && before[table].digest !== after[table].digest)
    .map((table) => `${table} (${before[table].rows} → ${after[table].rows} rows)`);
}
