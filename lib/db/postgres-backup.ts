import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import {
  BackupError,
  type BackupResult,
  type RestoreResult,
  STOP_THE_APP,
  backupBaseName,
  ensurePrivateFolder,
  publishBackupFile,
  removeQuietly,
  temporaryBeside,
} from "./backup-files";
import { connectionFor, findPostgresTool, runTool } from "./postgres-tools";
import { ensurePostgresDatabase } from "./run-migrations";

/** pg_dump reads one snapshot, so the dump is consistent while the app goes on writing. */
export async function backupPostgres(url: string, folder: string, now: Date): Promise<BackupResult> {
  const pgDump = findPostgresTool("pg_dump");
  const pgRestore = findPostgresTool("pg_restore");
  const connection = connectionFor(url);
  ensurePrivateFolder(folder);
  const file = path.join(folder, `${backupBaseName(now)}.dump`);
  const temporary = temporaryBeside(file, "partial");
  try {
    // pg_dump writes to a descriptor we opened owner-only, never to a file it creates itself.
    const descriptor = fs.openSync(temporary, "wx", 0o600);
    try {
      await runTool(
        pgDump,
        ["--format=custom", "--no-password", `--dbname=${connection.dbname}`],
        connection,
        descriptor,
      );
      fs.fsyncSync(descriptor);
    } finally {
      fs.closeSync(descriptor);
    }
    // Reading the whole archive back, as a restore would, proves it is complete.
    await runTool(pgRestore, ["--file=-", temporary], connection);
    publishBackupFile(temporary, file);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
  return { file };
}

/** Replaces the database's tables with the dump's, in one transaction; the app must be stopped. */
export async function restorePostgres(url: string, backupFile: string): Promise<RestoreResult> {
  if (!fs.existsSync(backupFile)) throw new BackupError(`There is no backup at ${backupFile}.`);
  const pgRestore = findPostgresTool("pg_restore");
  const connection = connectionFor(url);
  await runTool(pgRestore, ["--list", backupFile], connection).catch(() => {
    throw new BackupError(`${backupFile} is not a pg_dump archive (made with --format=custom).`);
  });
  await ensurePostgresDatabase({ dialect: "postgres", url });
  await refuseWhileConnected(url);
  const args = [
    "--clean",
    "--if-exists",
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
    "--exit-on-error",
    "--no-password",
    `--dbname=${connection.dbname}`,
    backupFile,
  ];
  await runTool(pgRestore, args, connection);
  return { authSecretRestored: false };
}

/** Any other client connected to the database may be an app server that would write mid-restore. */
async function refuseWhileConnected(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ others: number }>(
      `SELECT count(*)::int AS others FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    const others = rows[0]?.others ?? 0;
    if (others > 0) {
      throw new BackupError(
        `${others} other connection${others === 1 ? " is" : "s are"} open to the database. ${STOP_THE_APP}`,
      );
    }
  } finally {
    await client.end();
  }
}
