import path from "node:path";
import type { BackupResult, RestoreResult } from "./backup-files";
import type { DatabaseTarget } from "./database-url";
import { backupPostgres, restorePostgres } from "./postgres-backup";
import { backupSqlite, restoreSqlite } from "./sqlite-backup";

export { BackupError, STOP_THE_APP, type BackupResult, type RestoreResult } from "./backup-files";

export type BackupOptions = {
  /** Decides whether the embedded auth secret goes into a SQLite backup; defaults to process.env. */
  env?: Record<string, string | undefined>;
  now?: Date;
};

/**
 * A consistent, owner-only copy of the database, taken while the app keeps running:
 * `safe-harbour-<UTC time>.sqlite` (with `.auth-secret` beside it) or `safe-harbour-<UTC time>.dump`.
 */
export function backupDatabase(
  target: DatabaseTarget,
  destinationFolder: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const folder = path.resolve(destinationFolder);
  const now = options.now ?? new Date();
  if (target.dialect === "postgres") return backupPostgres(target.url, folder, now);
  // Without AUTH_SECRET the embedded secret keys every username look-up: no secret, no way in.
  const usesEmbeddedSecret = !(options.env ?? process.env).AUTH_SECRET;
  return backupSqlite(target.filePath, folder, usesEmbeddedSecret, now);
}

/** Puts a backup back in place of everything in the database. Stop the app first. */
export function restoreDatabase(target: DatabaseTarget, backupPath: string): Promise<RestoreResult> {
  const file = path.resolve(backupPath);
  return target.dialect === "sqlite" ? restoreSqlite(target.filePath, file) : restorePostgres(target.url, file);
}
