import { describe, expect, it } from "vitest";
import { deleteAccount, verifySignIn } from "@/lib/auth/accounts";
import { usernameLookup } from "@/lib/auth/keyed-hash";
import { CONFIRMATIONS } from "@/lib/auth/limits";
import { startSession } from "@/lib/auth/sessions";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import { listRecords, putRecord } from "@/lib/records/record-store";
import { makeBrief } from "./support/test-briefs";
import { knownBrowser, newBrowser, rowsOfUser, signUp, type TestAccount } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

/** An account with something in every table: a session, a second record, a helper brief, and failed sign-ins. */
async function busyAccount(db: DatabaseClient, label: string): Promise<TestAccount & { sessionRowId: string }> {
  const account = await signUp(db, label);
  await startSession(db, account.userId, account.owner.dataKey, null);
  await putRecord(db, account.owner, "profile", { username: `${label} again` });
  await makeBrief(db, account.owner);
  await verifySignIn(db, account.username, "not the passphrase", newBrowser());
  await verifySignIn(db, account.username, "not the passphrase", knownBrowser(account));
  const sessionRowId = (await db.session.findFirstOrThrow({ where: { userId: account.userId } })).id;
  return { ...account, sessionRowId };
}

const rowsOf = (db: DatabaseClient, account: TestAccount) =>
  rowsOfUser(db, account.userId, usernameLookup(account.username));
// Counters that name the account: strangers' tries at it, and its known browser's.
const FULL = { users: 1, sessions: 1, records: 2, helperBriefs: 1, rateLimits: 2 };

describe.each(dialects)("deleting an account on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("deletes nothing without the account's own passphrase, and asks for it only a few times", async () => {
    const { db } = database();
    const account = await busyAccount(db, "Rowan");
    const other = await busyAccount(db, "Ash");
    expect(await rowsOf(db, account)).toEqual(FULL);

    // The username, shown on every account page, is no longer enough; nor is another account's passphrase.
    expect(await deleteAccount(db, account.userId, account.username, account.sessionRowId)).toEqual({
      ok: false,
      reason: "wrong",
    });
    expect(await deleteAccount(db, account.userId, other.passphrase, account.sessionRowId)).toEqual({
      ok: false,
      reason: "wrong",
    });
    for (let attempt = 3; attempt <= CONFIRMATIONS.freeTries; attempt++)
      await deleteAccount(db, account.userId, `guess ${attempt}`, account.sessionRowId);
    expect(await deleteAccount(db, account.userId, account.passphrase, account.sessionRowId)).toMatchObject({
      ok: false,
      reason: "wait",
    });

    expect(await db.user.count({ where: { id: account.userId } })).toBe(1);
    expect(await rowsOf(db, other)).toEqual(FULL);
  });

  it("removes every row of the account with its passphrase, and nothing of anyone else's", async () => {
    const { db } = database();
    const account = await busyAccount(db, "Rowan");
    const other = await busyAccount(db, "Ash");
    const clientRows = await db.rateLimit.count({ where: { key: { startsWith: "client:" } } });

    expect(await deleteAccount(db, account.userId, account.passphrase, account.sessionRowId)).toEqual({ ok: true });

    expect(await rowsOf(db, account)).toEqual({ users: 0, sessions: 0, records: 0, helperBriefs: 0, rateLimits: 0 });
    expect(await rowsOf(db, other)).toEqual(FULL);
    // Counters for a client name no account, and slow down whoever guesses next from it.
    expect(await db.rateLimit.count({ where: { key: { startsWith: "client:" } } })).toBe(clientRows);
    expect((await listRecords(db, other.owner, "profile")).map((record) => record.value.username)).toEqual([
      other.username,
      "Ash again",
    ]);
    expect(await verifySignIn(db, account.username, account.passphrase, newBrowser())).toEqual({
      ok: false,
      reason: "wrong",
    });
  });
});
