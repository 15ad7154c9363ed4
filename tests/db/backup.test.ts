import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifySignIn } from "@/lib/auth/accounts";
import { authSecretFile } from "@/lib/config/auth-secret";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { planValueSchema } from "@/lib/plan/plan-schema";
import { loadPlan, savePlan } from "@/lib/plan-store/plan-store";
import type { RecordOwner } from "@/lib/records/record-store";
import { newBrowser, signUp, type TestAccount } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const planNaming = (name: string, round: number) =>
  planValueSchema.parse({ entries: { trustedPeople: [{ id: "person-1", name, reach: `round ${round}` }] } });

/** Saves the plan again and again, as a person editing would, until the backup is done. */
async function keepSaving(
  db: DatabaseClient,
  owner: RecordOwner,
  name: string,
  version: number,
  backupDone: () => boolean,
) {
  let saves = 0;
  while (!backupDone() || saves < 3) {
    const result = await savePlan(db, owner, planNaming(name, saves), version);
    if (!result.ok) throw new Error("A save clashed with nobody else saving.");
    version = result.plan.version;
    saves += 1;
    if (saves > 500) throw new Error("The backup took longer than 500 saves.");
    // A save on SQLite settles through promises alone; yielding lets the backup's steps run in
    // between, as they do between the requests of a real server.
    await yieldToEventLoop();
  }
  return saves;
}

async function trustedPeopleAfterSignIn(db: DatabaseClient, account: TestAccount): Promise<string[]> {
  const signedIn = await verifySignIn(db, account.username, account.passphrase, newBrowser());
  if (!signedIn.ok) throw new Error(`Sign-in after the restore was refused: ${signedIn.reason}`);
  const plan = await loadPlan(db, { userId: signedIn.user.id, dataKey: signedIn.dataKey });
  return plan.value.entries.trustedPeople.map((person) => person.name);
}

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe.each(dialects)("backups on %s", (dialect) => {
  const database = useTestDatabase(dialect);
  let scratch = "";
  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "safe-harbour-backups-"));
  });
  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("a backup taken while the plan is being saved restores, and the person signs in to their plan", async () => {
    const { db, target } = database();
    const account = await signUp(db, "Wren");
    const marker = `Aunt Maeve ${account.userId.slice(0, 8)}`;
    const first = await savePlan(db, account.owner, planNaming(marker, 0), 0);
    if (!first.ok) throw new Error("The first save clashed.");

    let backupDone = false;
    const [backup, saves] = await Promise.all([
      backupDatabase(target, scratch).finally(() => {
        backupDone = true;
      }),
      keepSaving(db, account.owner, marker, first.plan.version, () => backupDone),
    ]);
    expect(saves).toBeGreaterThanOrEqual(3);

    await db.user.delete({ where: { id: account.userId } });
    expect(await db.record.count({ where: { userId: account.userId } })).toBe(0);
    await db.$disconnect();
    expect(await restoreDatabase(target, backup.file)).toEqual({ authSecretRestored: false });

    expect(await trustedPeopleAfterSignIn(db, account)).toEqual([marker]);
  });

  it("a backup of a database with no accounts restores to no accounts", async () => {
    const { db, target } = database();
    const backup = await backupDatabase(target, scratch);
    await signUp(db, "Linnet");
    await db.$disconnect();

    await restoreDatabase(target, backup.file);

    expect(await db.user.count()).toBe(0);
    expect(await db.record.count()).toBe(0);
    // The schema came back too: a new account can be made.
    expect(await signUp(db, "Linnet")).toMatchObject({ username: expect.stringMatching(/^Linnet-/) });
  });

  it("backup files and a new backup folder are readable by their owner only", async () => {
    const { target } = database();
    if (target.dialect === "sqlite") {
      fs.writeFileSync(authSecretFile(path.dirname(target.filePath)), "embedded-secret-for-this-test-0123456789", {
        mode: 0o600,
      });
    }
    const folder = path.join(scratch, "new", "backups");

    const backup = await backupDatabase(target, folder, { env: {} });

    const written = [backup.file, backup.authSecretFile].filter((file) => file !== undefined);
    expect(
      fs
        .readdirSync(folder)
        .map((name) => path.join(folder, name))
        .sort(),
    ).toEqual(written.sort());
    expect(path.basename(backup.file)).toMatch(/^safe-harbour-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.(sqlite|dump)$/);
    expect(written.map(modeOf)).toEqual(written.map(() => 0o600));
    expect(modeOf(folder)).toBe(0o700);
  });

  it("refuses to restore while the app is still connected, and changes nothing", async () => {
    const { db, target } = database();
    const backup = await backupDatabase(target, scratch);
    const account = await signUp(db, "Kestrel");

    await expect(restoreDatabase(target, backup.file)).rejects.toThrow(/Stop the app/);

    expect(await db.user.count({ where: { id: account.userId } })).toBe(1);
  });

  it("refuses a file that is not a backup, and changes nothing", async () => {
    const { db, target } = database();
    const account = await signUp(db, "Plover");
    const notABackup = path.join(scratch, "notes.sqlite");
    fs.writeFileSync(notABackup, "not a database at all");
    await db.$disconnect();

    await expect(restoreDatabase(target, notABackup)).rejects.toThrow(/not a/);

    expect(await db.user.count({ where: { id: account.userId } })).toBe(1);
  });
});

describe("SQLite backups of the embedded auth secret", () => {
  const database = useTestDatabase("sqlite");
  let scratch = "";
  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "safe-harbour-backups-"));
  });
  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("keeps the secret with the backup when AUTH_SECRET is not set, and puts it back on restore", async () => {
    const { db, target } = database();
    if (target.dialect !== "sqlite") throw new Error("SQLite only.");
    const secretFile = authSecretFile(path.dirname(target.filePath));
    fs.writeFileSync(secretFile, "the-embedded-secret-0123456789abcdefghij", { mode: 0o600 });

    const backup = await backupDatabase(target, scratch, { env: {} });
    fs.writeFileSync(secretFile, "a-new-secret-made-after-a-lost-disk-0123");
    await db.$disconnect();
    expect(await restoreDatabase(target, backup.file)).toEqual({ authSecretRestored: true });

    expect(fs.readFileSync(secretFile, "utf8")).toBe("the-embedded-secret-0123456789abcdefghij");
    expect(modeOf(secretFile)).toBe(0o600);
    expect(modeOf(target.filePath)).toBe(0o600);
    expect(fs.readdirSync(path.dirname(target.filePath)).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("leaves the secret out when AUTH_SECRET is set, since the app does not use the file then", async () => {
    const { target } = database();
    if (target.dialect !== "sqlite") throw new Error("SQLite only.");
    fs.writeFileSync(authSecretFile(path.dirname(target.filePath)), "unused-embedded-secret-0123456789abcdef");

    const backup = await backupDatabase(target, scratch, { env: { AUTH_SECRET: "x".repeat(40) } });

    expect(backup.authSecretFile).toBeUndefined();
    expect(fs.readdirSync(scratch)).toEqual([path.basename(backup.file)]);
  });
});
