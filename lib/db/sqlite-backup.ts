import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import Database from "better-sqlite3";
import { authSecretFile } from "../config/auth-secret";
import {
  BackupError,
  type BackupResult,
  type RestoreResult,
  STOP_THE_APP,
  backupBaseName,
  createPrivateFile,
  ensurePrivateFolder,
  publishBackupFile,
  removeQuietly,
  syncFile,
  syncFolder,
  temporaryBeside,
  writePrivateFileAtomically,
} from "./backup-files";

// Returned from the progress callback: the rest is copied in one step, inside one read
// transaction, so the app's writes between small steps cannot restart the copy over and over.
const ALL_PAGES = 0x7fffffff;
const BUSY_TIMEOUT_MS = 5000;

export async function backupSqlite(
  filePath: string,
  folder: string,
  includeAuthSecret: boolean,
  now: Date,
): Promise<BackupResult> {
  if (!fs.existsSync(filePath)) throw new BackupError(`There is no database at ${filePath}.`);
  ensurePrivateFolder(folder);
  const base = path.join(folder, backupBaseName(now));
  const file = `${base}.sqlite`;
  const secretCopy = `${base}.auth-secret`;
  const secret = includeAuthSecret ? readSecret(authSecretFile(path.dirname(filePath))) : undefined;
  const temporary = temporaryBeside(file, "partial");
  let wroteSecret = false;
  try {
    createPrivateFile(temporary);
    await copyWhileInUse(filePath, temporary);
    checkCopy(temporary, "The copy");
    syncFile(temporary);
    if (secret !== undefined) {
      fs.writeFileSync(secretCopy, secret, { flag: "wx", mode: 0o600 });
      wroteSecret = true;
      syncFile(secretCopy);
    }
    publishBackupFile(temporary, file);
  } catch (error) {
    removeQuietly(...withSidecars(temporary), ...(wroteSecret ? [secretCopy] : []));
    throw error;
  }
  return { file, authSecretFile: wroteSecret ? secretCopy : undefined };
}

/** Replaces the database file atomically; the app must be stopped. */
export async function restoreSqlite(filePath: string, backupFile: string): Promise<RestoreResult> {
  if (!fs.existsSync(backupFile)) throw new BackupError(`There is no backup at ${backupFile}.`);
  const secretCopy = backupFile.endsWith(".sqlite")
    ? `${backupFile.slice(0, -".sqlite".length)}.auth-secret`
    : undefined;
  const secret = secretCopy ? readSecret(secretCopy) : undefined;
  const dataFolder = path.dirname(filePath);
  ensurePrivateFolder(dataFolder);
  refuseWhileInUse(filePath);
  const temporary = temporaryBeside(filePath, "restoring");
  try {
    await pipeline(fs.createReadStream(backupFile), fs.createWriteStream(temporary, { flags: "wx", mode: 0o600 }));
    checkCopy(temporary, backupFile);
    syncFile(temporary);
    // Again: copying a large backup takes a while, and the app may have been started meanwhile.
    refuseWhileInUse(filePath);
    // A log left from the old file would be replayed onto the new one on the next open.
    removeQuietly(`${filePath}-wal`, `${filePath}-shm`, `${filePath}-journal`);
    fs.renameSync(temporary, filePath);
    syncFolder(dataFolder);
  } catch (error) {
    removeQuietly(...withSidecars(temporary));
    throw error;
  }
  if (secret !== undefined) writePrivateFileAtomically(authSecretFile(dataFolder), secret);
  return { authSecretRestored: secret !== undefined };
}

async function copyWhileInUse(filePath: string, destination: string): Promise<void> {
  const source = new Database(filePath, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    await source.backup(destination, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
}

/** A standalone file (no write-ahead log) that passes SQLite's integrity check and holds our schema. */
function checkCopy(file: string, name: string): void {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(file, { fileMustExist: true });
    copy.pragma("journal_mode = DELETE");
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new BackupError(`${name} failed SQLite's integrity check: ${String(integrity)}.`);
    const migrations = copy
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    if (!migrations) throw new BackupError(`${name} is not a Safe Harbour database.`);
  } catch (error) {
    if (error instanceof Database.SqliteError)
      throw new BackupError(`${name} is not a usable SQLite database (${error.message}).`);
    throw error;
  } finally {
    copy?.close();
  }
}

/**
 * The app keeps its connection open, and SQLite then refuses anyone an exclusive lock. An app that
 * has not touched the database since it started holds no lock, so this cannot prove it stopped.
 */
function refuseWhileInUse(filePath: string): void {
  if (!fs.existsSync(filePath)) return;
  const probe = new Database(filePath, { fileMustExist: true, timeout: 0 });
  try {
    probe.pragma("locking_mode = EXCLUSIVE");
    probe.exec("BEGIN EXCLUSIVE; COMMIT;");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
      throw new BackupError(`The database is in use. ${STOP_THE_APP}`);
    }
    // A damaged file cannot be in use by a working app, and replacing it is the point.
  } finally {
    // Closed before the swap: closing later would clean up the new file's log by name.
    probe.close();
  }
}

function readSecret(file: string): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length === 0) throw new BackupError(`The auth secret in ${file} is empty.`);
  return secret;
}

const withSidecars = (file: string) => [file, `${file}-journal`, `${file}-wal`, `${file}-shm`];
