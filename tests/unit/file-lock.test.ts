import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as wait } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { withFileLock } from "@/lib/db/file-lock";

function lockPath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lock-test-")), "app.db.migrating");
}

describe("migrations on one machine take turns", () => {
  it("never lets two holders work at the same time", async () => {
    const lock = lockPath();
    let active = 0;
    let most = 0;
    const work = async () => {
      active += 1;
      most = Math.max(most, active);
      await wait(20);
      active -= 1;
    };
    await Promise.all([1, 2, 3, 4].map(() => withFileLock(lock, work)));
    expect(most).toBe(1);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it("releases the lock when the work fails", async () => {
    const lock = lockPath();
    await expect(withFileLock(lock, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(fs.existsSync(lock)).toBe(false);
  });

  it("takes over a lock left by a process that has died", async () => {
    const lock = lockPath();
    const finished = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    fs.writeFileSync(lock, finished.stdout.trim());
    await expect(withFileLock(lock, async () => "done")).resolves.toBe("done");
  });
});
