// A person deletes their account. What is left of it afterwards, on each database, is exactly
// what content/guidance/en/how-this-app-protects-you.md ("Signing out and deleting your account")
// and docs/ENCRYPTION.md ("Deleting an account") say: nothing in the SQLite files or a new backup,
// and a backup made before the deletion still opens with the passphrase or the recovery code.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deleteAccount, verifySignIn } from "@/lib/auth/accounts";
import { startSession } from "@/lib/auth/sessions";
import { unlockWithRecoveryCode } from "@/lib/crypto/key-hierarchy";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { planValueSchema } from "@/lib/plan/plan-schema";
import { loadPlan, savePlan } from "@/lib/plan-store/plan-store";
import { rawDatabaseBytes } from "./support/raw-database";
import { makeBrief } from "./support/test-briefs";
import { newBrowser, signUp, type TestAccount } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const guidance = fs
  .readFileSync(path.join(import.meta.dirname, "../../content/guidance/en/how-this-app-protects-you.md"), "utf8")
  .replace(/\s+/g, " ");

/** An account with a saved plan (two versions), a helper brief, a signed-in browser and a failed sign-in. */
async function accountWithPlan(db: DatabaseClient, label: string): Promise<TestAccount & { sessionRowId: string }> {
  const account = await signUp(db, label);
  const plan = (note: string) =>
    planValueSchema.parse({
      entries: {
        trustedPeople: [{ id: "person-1", name: `Aunt ${label}`, reach: note }],
        notes: { emergency: note.repeat(200) },
      },
    });
  const first = await savePlan(db, account.owner, plan("text after six"), 0);
  if (!first.ok) throw new Error("The first save clashed.");
  await savePlan(db, account.owner, plan("call the landline"), first.plan.version);
  await makeBrief(db, account.owner);
  await startSession(db, account.userId, account.owner.dataKey, null);
  await verifySignIn(db, account.username, "not the passphrase", newBrowser());
  const sessionRowId = (await db.session.findFirstOrThrow({ where: { userId: account.userId } })).id;
  return { ...account, sessionRowId };
}

/**
 * Every value stored for the account: wrapped keys, salts, verifier, username hash, sessions,
 * ciphertexts, helper briefs, counters. Each as the forms it can take on disk (a dump writes bytes as hex).
 */
async function storedValuesOf(db: DatabaseClient, userId: string): Promise<Buffer[][]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const sessions = await db.session.findMany({ where: { userId } });
  const records = await db.record.findMany({ where: { userId } });
  const counters = await db.rateLimit.findMany({ where: { key: { contains: user.usernameLookup } } });
  const briefs = await db.helperBrief.findMany({ where: { userId } });
  // A wrapped key's own ciphertext: the JSON around it is the same for every brief, and a dump escapes it.
  const innerCiphertext = (wrapped: string) => JSON.parse(JSON.parse(wrapped).sealed).ct as string;
  const texts = [
    user.usernameLookup,
    user.dataKeyUnderPassphrase,
    user.dataKeyUnderRecovery,
    ...sessions.flatMap((session) => [session.id, session.dataKeyUnderSession]),
    ...records.flatMap((record) => [record.kindTag, record.envelope]),
    ...counters.map((counter) => counter.key),
    ...briefs.flatMap((brief) => [
      brief.linkLookup,
      brief.codeLookup,
      brief.content,
      JSON.parse(brief.summary).ct as string,
      innerCiphertext(brief.keyUnderCode),
    ]),
  ];
  expect(
    sessions.length * records.length * counters.length * briefs.length,
    "the account has sessions, records, counters and briefs",
  ).toBeGreaterThan(0);
  const bytes = [user.passphraseSalt, user.verifier, user.recoverySalt, ...briefs.map((brief) => brief.codeSalt)].map(
    (value) => Buffer.from(value),
  );
  return [
    ...texts.map((text) => [Buffer.from(text)]),
    ...bytes.map((value) => [value, Buffer.from(value.toString("hex"))]),
  ];
}

// A long value may be split across pages: look for pieces of it instead.
const piecesOf = (value: Buffer) =>
  value.length <= 48
    ? [value]
    : Array.from({ length: Math.ceil(value.length / 256) }, (_, i) => value.subarray(i * 256, i * 256 + 32));

/** How many of the values have any piece, in any of their forms, in `bytes`. */
const valuesFoundIn = (bytes: Buffer, values: Buffer[][]) =>
  values.filter((forms) => forms.some((form) => piecesOf(form).some((piece) => bytes.includes(piece)))).length;

/** The SQLite database file, its write-ahead log and its shared-memory index, as they are on disk. */
function sqliteFiles(target: DatabaseTarget): Buffer {
  if (target.dialect !== "sqlite") throw new Error("SQLite only.");
  const files = ["", "-wal", "-shm"]
    .map((suffix) => `${target.filePath}${suffix}`)
    .filter((file) => fs.existsSync(file));
  return Buffer.concat(files.map((file) => fs.readFileSync(file)));
}

describe("deleting an account on SQLite", () => {
  const database = useTestDatabase("sqlite");

  it("leaves none of its stored bytes in app.db, app.db-wal or app.db-shm", async () => {
    const { db, target } = database();
    const account = await accountWithPlan(db, "Rowan");
    const other = await accountWithPlan(db, "Ash");
    const values = await storedValuesOf(db, account.userId);
    const othersValues = await storedValuesOf(db, other.userId);
    // What the test looks for is really in the files before the deletion.
    expect(valuesFoundIn(sqliteFiles(target), values)).toBe(values.length);

    expect(await deleteAccount(db, account.userId, account.passphrase, account.sessionRowId)).toEqual({ ok: true });

    // Read while the app's connection is still open: nothing is cleaned up by closing it.
    const after = sqliteFiles(target);
    expect(valuesFoundIn(after, values), "values of the deleted account still on disk").toBe(0);
    expect(valuesFoundIn(after, othersValues), "the other account is untouched").toBe(othersValues.length);
  });
});

describe.each(dialects)("deleting an account on %s", (dialect) => {
  const database = useTestDatabase(dialect);
  let scratch = "";
  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "safe-harbour-deletion-"));
  });
  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("leaves none of its stored bytes in a backup made afterwards", async () => {
    const { db, target } = database();
    const account = await accountWithPlan(db, "Rowan");
    const values = await storedValuesOf(db, account.userId);
    expect(valuesFoundIn(await rawDatabaseBytes(target), values)).toBe(values.length);

    expect(await deleteAccount(db, account.userId, account.passphrase, account.sessionRowId)).toEqual({ ok: true });

    expect(valuesFoundIn(await rawDatabaseBytes(target), values)).toBe(0);
  });

  it("a backup made before the deletion still opens with the passphrase or the recovery code", async () => {
    expect(guidance).toContain("A backup of the app made before you deleted your account still holds a locked copy");
    expect(guidance).toContain("It opens with your passphrase or your recovery code, and nothing else.");
    const { db, target } = database();
    const account = await accountWithPlan(db, "Rowan");
    const backup = await backupDatabase(target, scratch);
    expect(await deleteAccount(db, account.userId, account.passphrase, account.sessionRowId)).toEqual({ ok: true });
    await db.$disconnect();

    await restoreDatabase(target, backup.file);

    const signedIn = await verifySignIn(db, account.username, account.passphrase, newBrowser());
    if (!signedIn.ok) throw new Error(`The restored account refused its passphrase: ${signedIn.reason}`);
    const plan = await loadPlan(db, { userId: account.userId, dataKey: signedIn.dataKey });
    expect(plan.value.entries.trustedPeople.map((person) => person.name)).toEqual(["Aunt Rowan"]);
    const user = await db.user.findUniqueOrThrow({ where: { id: account.userId } });
    const recovered = unlockWithRecoveryCode(user.id, account.recoveryCode, {
      recoverySalt: Buffer.from(user.recoverySalt),
      dataKeyUnderRecovery: user.dataKeyUnderRecovery,
    });
    expect(recovered?.equals(account.owner.dataKey)).toBe(true);
  });
});
