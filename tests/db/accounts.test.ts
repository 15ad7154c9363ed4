import argon2 from "argon2";
import { randomBytes } from "node:crypto";
import { assert, describe, expect, it, onTestFinished, vi } from "vitest";
import { changePassphrase, createAccount, recoverAccount, verifySignIn } from "@/lib/auth/accounts";
import { resolveSession, startSession } from "@/lib/auth/sessions";
import { CURRENT_PARAMETERS, OWASP_MINIMUM } from "@/lib/crypto/argon2-parameters";
import { lockWithPassphrase } from "@/lib/crypto/key-hierarchy";
import { getRecord, listRecords, putRecord } from "@/lib/records/record-store";
import { newBrowser, newClientKey, signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const WRONG = { ok: false, reason: "wrong" };
const fresh = (words: string) => `${words} ${randomBytes(6).toString("hex")}`;

describe.each(dialects)("accounts on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("signs in with the right passphrase, and the data key it returns opens the stored records", async () => {
    const { db } = database();
    const account = await signUp(db);
    const saved = await putRecord(db, account.owner, "profile", { username: "kept safe" });

    const signedIn = await verifySignIn(db, ` ${account.username.toUpperCase()} `, account.passphrase, newBrowser());

    assert(signedIn.ok, "the right passphrase signs in, whatever the username's case");
    expect(signedIn.user.id).toBe(account.userId);
    const owner = { userId: signedIn.user.id, dataKey: signedIn.dataKey };
    expect((await getRecord(db, owner, "profile", saved.id))?.value).toEqual({ username: "kept safe" });
    expect((await listRecords(db, owner, "profile")).map((record) => record.value.username)).toEqual([
      account.username,
      "kept safe",
    ]);
  });

  it("answers a wrong passphrase and an unknown username alike, after the same Argon2 work", async () => {
    const { db } = database();
    const account = await signUp(db);
    const hash = vi.spyOn(argon2, "hash");
    onTestFinished(() => hash.mockRestore());
    const timed = async (username: string, passphrase: string) => {
      const started = performance.now();
      const result = await verifySignIn(db, username, passphrase, newBrowser());
      return { result, ms: performance.now() - started };
    };
    const rounds: Record<"right" | "wrong" | "unknown", Awaited<ReturnType<typeof timed>>>[] = [];
    for (let round = 0; round < 3; round++) {
      rounds.push({
        right: await timed(account.username, account.passphrase),
        wrong: await timed(account.username, `${account.passphrase}!`),
        unknown: await timed(fresh("nobody"), account.passphrase),
      });
    }

    for (const { right, wrong, unknown } of rounds) {
      expect(right.result.ok).toBe(true);
      expect(wrong.result).toEqual(WRONG);
      expect(unknown.result).toEqual(WRONG);
    }
    const memoryUsed = hash.mock.calls.map((call) => (call[1] as { memoryCost?: number } | undefined)?.memoryCost);
    expect(memoryUsed).toEqual(Array(9).fill(CURRENT_PARAMETERS.memoryKiB));
    // Loose on purpose, and the fastest of three rounds, so a busy machine cannot fail it: only
    // that neither refusal skipped the derivation a real sign-in pays for.
    const fastest = (path: "right" | "wrong" | "unknown") => Math.min(...rounds.map((round) => round[path].ms));
    expect(fastest("wrong")).toBeGreaterThan(fastest("right") / 2);
    expect(fastest("unknown")).toBeGreaterThan(fastest("right") / 2);
  });

  it("refuses a username that is taken, whatever its case or spacing, after the same Argon2 work", async () => {
    const { db } = database();
    const account = await signUp(db);
    const hash = vi.spyOn(argon2, "hash");
    onTestFinished(() => hash.mockRestore());

    expect(await createAccount(db, account.username, fresh("another passphrase"))).toEqual({
      ok: false,
      reason: "taken",
    });
    expect(await createAccount(db, `  ${account.username.toLowerCase()} `, fresh("another"))).toEqual({
      ok: false,
      reason: "taken",
    });
    expect((await createAccount(db, fresh("free-name"), fresh("a third"))).ok).toBe(true);

    // A taken name costs the derivation a free one does, so the answer comes no sooner.
    expect(hash).toHaveBeenCalledTimes(3);
    expect(await db.user.count()).toBe(2);
  });

  it("makes one account when four sign-ups of one name arrive together, and tells the others it is taken", async () => {
    const { db } = database();
    const username = fresh("together");

    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => createAccount(db, username, fresh("racing passphrase"))),
    );

    expect(results.map((result) => result.status)).toEqual(Array(4).fill("fulfilled"));
    const values = results.map((result) => (result.status === "fulfilled" ? result.value : undefined));
    expect(values.filter((value) => value?.ok)).toHaveLength(1);
    expect(values.filter((value) => value && !value.ok)).toEqual(Array(3).fill({ ok: false, reason: "taken" }));
    expect(await db.user.count()).toBe(1);
  });

  it("changes the passphrase: records stay readable and the old passphrase stops working", async () => {
    const { db } = database();
    const account = await signUp(db);
    const saved = await putRecord(db, account.owner, "profile", { username: "before the change" });
    const next = fresh("a new passphrase for a new start");
    const browser = newBrowser();
    const session = await startSession(db, account.userId, account.owner.dataKey, null);
    const sessionRowId = (await db.session.findFirstOrThrow({ where: { userId: account.userId } })).id;

    expect(await changePassphrase(db, account.userId, `${account.passphrase}?`, next, sessionRowId)).toEqual(WRONG);
    expect(await changePassphrase(db, account.userId, account.passphrase, next, sessionRowId)).toEqual({ ok: true });
    expect(await resolveSession(db, session.sessionId, session.sessionKey)).toBeDefined();

    expect(await verifySignIn(db, account.username, account.passphrase, browser)).toEqual(WRONG);
    const signedIn = await verifySignIn(db, account.username, next, browser);
    assert(signedIn.ok, "the new passphrase signs in");
    const owner = { userId: account.userId, dataKey: signedIn.dataKey };
    expect((await getRecord(db, owner, "profile", saved.id))?.value).toEqual({ username: "before the change" });
  });

  it("recovers with the code: a new passphrase and code, the old code spent, every session ended", async () => {
    const { db } = database();
    const account = await signUp(db);
    const saved = await putRecord(db, account.owner, "profile", { username: "still here" });
    const session = await startSession(db, account.userId, account.owner.dataKey, null);
    await startSession(db, account.userId, account.owner.dataKey, null);
    const address = newClientKey();
    const browser = newBrowser(address);
    const next = fresh("recovered and calm");

    const recovered = await recoverAccount(db, account.username, account.recoveryCode, next, address);

    assert(recovered.ok, "the recovery code opens the account");
    expect(recovered.recoveryCode).not.toBe(account.recoveryCode);
    expect(await db.session.count({ where: { userId: account.userId } })).toBe(0);
    expect(await resolveSession(db, session.sessionId, session.sessionKey)).toBeUndefined();
    expect(await verifySignIn(db, account.username, account.passphrase, browser)).toEqual(WRONG);
    expect(await recoverAccount(db, account.username, account.recoveryCode, fresh("taken over"), address)).toEqual(
      WRONG,
    );
    const signedIn = await verifySignIn(db, account.username, next, browser);
    assert(signedIn.ok, "the new passphrase signs in");
    expect(
      (await getRecord(db, { userId: account.userId, dataKey: signedIn.dataKey }, "profile", saved.id))?.value,
    ).toEqual({
      username: "still here",
    });
    // The new code works, typed the way people copy codes: lower case, spaces for dashes.
    const typed = recovered.recoveryCode.toLowerCase().replace(/-/g, " ");
    expect((await recoverAccount(db, account.username, typed, fresh("once more"), address)).ok).toBe(true);
  });

  it("upgrades Argon2 parameters below the current ones at the next sign-in", async () => {
    const { db } = database();
    const account = await signUp(db);
    const weak = await lockWithPassphrase(account.userId, account.owner.dataKey, account.passphrase, OWASP_MINIMUM);
    await db.user.update({
      where: { id: account.userId },
      data: {
        argon2MemoryKiB: weak.argon2.memoryKiB,
        argon2Passes: weak.argon2.passes,
        argon2Lanes: weak.argon2.lanes,
        passphraseSalt: new Uint8Array(weak.passphraseSalt),
        verifier: new Uint8Array(weak.verifier),
        dataKeyUnderPassphrase: weak.dataKeyUnderPassphrase,
      },
    });
    const stored = async () => {
      const user = await db.user.findUniqueOrThrow({ where: { id: account.userId } });
      const salt = Buffer.from(user.passphraseSalt);
      return { memoryKiB: user.argon2MemoryKiB, passes: user.argon2Passes, lanes: user.argon2Lanes, salt };
    };
    expect(await stored()).toMatchObject(OWASP_MINIMUM);

    const signedIn = await verifySignIn(db, account.username, account.passphrase, newBrowser());

    assert(signedIn.ok, "the passphrase still signs in under the old parameters");
    expect(signedIn.dataKey).toEqual(account.owner.dataKey);
    const upgraded = await stored();
    expect(upgraded).toMatchObject(CURRENT_PARAMETERS);
    expect(upgraded.salt).not.toEqual(weak.passphraseSalt);
    const again = await verifySignIn(db, account.username, account.passphrase, newBrowser());
    assert(again.ok, "the passphrase signs in under the upgraded parameters");
    expect(again.dataKey).toEqual(account.owner.dataKey);
  });
});
