import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type BackupResult = { file: string; authSecretFile?: string };
export type RestoreResult = { authSecretRestored: boolean };

export const STOP_THE_APP = "Stop the app (every server using this database) first, then restore again.";

/** A failure the backup and restore commands report as one line, with no stack trace. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/** `safe-harbour-2026-11-22T05-30-12-345Z`: sorts by time and is a valid file name everywhere. */
export function backupBaseName(now: Date): string {
  return `safe-harbour-${now.toISOString().replace(/[:.]/g, "-")}`;
}

/** Creates the folder owner-only. A folder that already exists is left as its owner set it. */
export function ensurePrivateFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR") throw new BackupError(`${folder} is not a folder.`);
    throw error;
  }
}

/** An empty owner-only file made now, so the data never lands in a file others could read. */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, "wx", 0o600));
}

/** A name for a temporary file beside `file`, so a rename onto it is atomic. */
export function temporaryBeside(file: string, purpose: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${purpose}-${randomBytes(4).toString("hex")}`);
}

export function syncFile(file: string): void {
  const descriptor = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

/** Makes a rename in the folder survive a power cut. */
export function syncFolder(folder: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(folder, "r");
    fs.fsyncSync(descriptor);
  } catch (error) {
    // Some platforms cannot open or sync a folder; the rename itself has still happened.
    if (!["EISDIR", "EPERM", "EINVAL"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

/** Writes text to an owner-only file through a synced temporary file and an atomic rename. */
export function writePrivateFileAtomically(file: string, text: string): void {
  const temporary = temporaryBeside(file, "writing");
  try {
    fs.writeFileSync(temporary, text, { flag: "wx", mode: 0o600 });
    syncFile(temporary);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path.dirname(file));
}

/** Moves a finished temporary file to its final name, refusing to replace an existing backup. */
export function publishBackupFile(temporary: string, final: string): void {
  if (fs.existsSync(final)) throw new BackupError(`${final} already exists; try again in a moment.`);
  fs.renameSync(temporary, final);
  syncFolder(path.dirname(final));
}

export function removeQuietly(...files: string[]): void {
  for (const file of files) fs.rmSync(file, { force: true });
}
