import { randomBytes } from "node:crypto";
import { assert, describe, expect, it } from "vitest";
import { verifySignIn } from "@/lib/auth/accounts";
import { signInLimits } from "@/lib/auth/rate-limit";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import { newClientKey, signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const WRONG = { ok: false, reason: "wrong" };
// The strict counter: one username from one client.
const FREE_TRIES = signInLimits("username", "client")[0]!.freeTries;

/** The free wrong tries; the last of them starts the wait. */
async function guessUntilLocked(db: DatabaseClient, username: string, clientKey: string) {
  for (let attempt = 1; attempt <= FREE_TRIES; attempt++) {
    expect(await verifySignIn(db, username, `guess ${attempt}`, clientKey), `wrong try ${attempt}`).toEqual(WRONG);
  }
}

/** There is no clock to move, so the end of every lock is moved into the past instead. */
async function letLocksPass(db: DatabaseClient) {
  await db.rateLimit.updateMany({ where: { lockedUntil: { not: null } }, data: { lockedUntil: new Date(Date.now() - 1000) } });
}

describe.each(dialects)("sign-in rate limits on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("makes the next try wait after the free tries, even with the right passphrase, until the lock has passed", async () => {
    const { db } = database();
    const account = await signUp(db);
    const browser = newClientKey();
    await guessUntilLocked(db, account.username, browser);

    const refused = await verifySignIn(db, account.username, account.passphrase, browser);

    expect(refused).toMatchObject({ ok: false, reason: "wait" });
    assert(!refused.ok && refused.reason === "wait");
    expect(refused.seconds).toBeGreaterThan(0);
    await letLocksPass(db);
    expect((await verifySignIn(db, account.username, account.passphrase, browser)).ok).toBe(true);
  });

  it("costs nothing before the free tries are used up", async () => {
    const { db } = database();
    const account = await signUp(db);
    const browser = newClientKey();
    for (let attempt = 1; attempt < FREE_TRIES; attempt++) await verifySignIn(db, account.username, `guess ${attempt}`, browser);

    expect((await verifySignIn(db, account.username, account.passphrase, browser)).ok).toBe(true);
  });

  it("lets the owner in from another browser while the guessing browser stays locked", async () => {
    const { db } = database();
    const account = await signUp(db);
    const guesser = newClientKey();
    await guessUntilLocked(db, account.username, guesser);

    const owner = await verifySignIn(db, account.username, account.passphrase, newClientKey());

    assert(owner.ok, "the pair lock does not lock out the owner's own browser");
    expect(owner.user.id).toBe(account.userId);
    expect(await verifySignIn(db, account.username, account.passphrase, guesser)).toMatchObject({ ok: false, reason: "wait" });
  });

  it("locks guesses at a username nobody has in the same way, so the wait reveals nothing", async () => {
    const { db } = database();
    const browser = newClientKey();
    const nobody = `nobody-${randomBytes(6).toString("hex")}`;
    await guessUntilLocked(db, nobody, browser);

    expect(await verifySignIn(db, nobody, "one more guess", browser)).toMatchObject({ ok: false, reason: "wait" });
  });
});
