import { describe, expect, it } from "vitest";
import { deleteAccount, verifySignIn } from "@/lib/auth/accounts";
import { usernameLookup } from "@/lib/auth/keyed-hash";
import { startSession } from "@/lib/auth/sessions";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import { listRecords, putRecord } from "@/lib/records/record-store";
import { newClientKey, rowsOfUser, signUp, type TestAccount } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

/** An account with something in every table: a session, a second record, and a failed sign-in. */
async function busyAccount(db: DatabaseClient, label: string): Promise<TestAccount> {
  const account = await signUp(db, label);
  await startSession(db, account.userId, account.owner.dataKey, null);
  await putRecord(db, account.owner, "profile", { username: `${label} again` });
  await verifySignIn(db, account.username, "not the passphrase", newClientKey());
  return account;
}

const rowsOf = (db: DatabaseClient, account: TestAccount) => rowsOfUser(db, account.userId, usernameLookup(account.username));
const FULL = { users: 1, sessions: 1, records: 2, rateLimits: 2 };

describe.each(dialects)("deleting an account on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("deletes nothing when the typed username is not the account's own", async () => {
    const { db } = database();
    const account = await busyAccount(db, "Rowan");
    const other = await busyAccount(db, "Ash");
    expect(await rowsOf(db, account)).toEqual(FULL);

    expect(await deleteAccount(db, account.userId, `${account.username}x`)).toBe(false);
    expect(await deleteAccount(db, account.userId, other.username)).toBe(false);
    expect(await deleteAccount(db, account.userId, "")).toBe(false);

    expect(await rowsOf(db, account)).toEqual(FULL);
    expect(await rowsOf(db, other)).toEqual(FULL);
  });

  it("removes every row of the account with the right username, and nothing of anyone else's", async () => {
    const { db } = database();
    const account = await busyAccount(db, "Rowan");
    const other = await busyAccount(db, "Ash");
    const clientRows = await db.rateLimit.count({ where: { key: { startsWith: "client:" } } });

    expect(await deleteAccount(db, account.userId, account.username)).toBe(true);

    expect(await rowsOf(db, account)).toEqual({ users: 0, sessions: 0, records: 0, rateLimits: 0 });
    expect(await rowsOf(db, other)).toEqual(FULL);
    // Counters for a client name no account, and slow down whoever guesses next from it.
    expect(await db.rateLimit.count({ where: { key: { startsWith: "client:" } } })).toBe(clientRows);
    expect((await listRecords(db, other.owner, "profile")).map((record) => record.value.username)).toEqual([
      other.username,
      "Ash again",
    ]);
    expect(await verifySignIn(db, account.username, account.passphrase, newClientKey())).toEqual({ ok: false, reason: "wrong" });
  });
});
