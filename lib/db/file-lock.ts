import fs from "node:fs";
import { setTimeout as wait } from "node:timers/promises";

const POLL_MS = 100;
const GIVE_UP_MS = 120_000;

/**
 * Runs `work` while holding a lock file, so processes on one machine take turns. A lock left by
 * a process that no longer runs is taken over instead of waited on.
 */
export async function withFileLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + GIVE_UP_MS;
  while (!tryLock(lockFile)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the lock ${lockFile}`);
    await wait(POLL_MS);
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

function tryLock(lockFile: string): boolean {
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx", mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    if (holderIsGone(lockFile)) fs.rmSync(lockFile, { force: true });
    return false;
  }
}

function holderIsGone(lockFile: string): boolean {
  const pid = Number(readOrEmpty(lockFile));
  if (!Number.isInteger(pid) || pid <= 0) return false; // being written right now
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
