import argon2 from "argon2";
import { randomBytes } from "node:crypto";
import { afterEach, assert, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { recoverAccount, verifySignIn } from "@/lib/auth/accounts";
import { newBrowserToken } from "@/lib/auth/browser-token";
import { usernameLookup } from "@/lib/auth/keyed-hash";
import { CLIENT_SIGN_INS, KNOWN_BROWSER, NEW_BROWSERS, type SignInFrom } from "@/lib/auth/limits";
import { takeTry } from "@/lib/auth/rate-limit";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import { knownBrowser, newBrowser, newClientKey, signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const WRONG = { ok: false, reason: "wrong" };
const FREE_TRIES = NEW_BROWSERS.freeTries;
const DELAY_SECONDS = Number(process.env.SIGN_IN_DELAY_SECONDS);

/** Counts the Argon2 derivations from here to the end of the test: the work a guess gets. */
function countDerivations() {
  const hash = vi.spyOn(argon2, "hash");
  onTestFinished(() => hash.mockRestore());
  return () => hash.mock.calls.length;
}

async function guess(db: DatabaseClient, username: string, from: SignInFrom, times: number) {
  for (let attempt = 1; attempt <= times; attempt++) {
    expect(
      await verifySignIn(db, username, `guess ${attempt} ${randomBytes(3).toString("hex")}`, from),
      `wrong try ${attempt}`,
    ).toEqual(WRONG);
  }
}

const nobody = () => `nobody-${randomBytes(6).toString("hex")}`;

describe.each(dialects)("sign-in limits on %s", (dialect) => {
  const database = useTestDatabase(dialect);
  // The counters keep time with the clock; only Date is moved, so the database's timers still run.
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-10T09:00:00Z") }));
  afterEach(() => vi.useRealTimers());
  const wait = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

  it("works on at most the free tries when 40 guesses from one address arrive together", async () => {
    const { db } = database();
    const account = await signUp(db);
    const derivations = countDerivations();
    const address = newBrowser();

    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, n) => verifySignIn(db, account.username, `parallel guess ${n}`, address)),
    );

    const evaluated = answers.filter((answer) => !answer.ok && answer.reason === "wrong").length;
    console.log(`${dialect}: ${evaluated} of 40 parallel guesses evaluated, ${derivations()} Argon2 runs`);
    expect(evaluated).toBeLessThanOrEqual(FREE_TRIES);
    expect(derivations()).toBe(evaluated);
    expect(answers.filter((answer) => !answer.ok && answer.reason === "wait")).toHaveLength(40 - evaluated);
  });

  it("makes the next try wait after the free tries, even with the right passphrase, and doubles each wait", async () => {
    const { db } = database();
    const account = await signUp(db);
    const stranger = newBrowser();
    await guess(db, account.username, stranger, FREE_TRIES);

    expect(await verifySignIn(db, account.username, account.passphrase, stranger)).toEqual({
      ok: false,
      reason: "wait",
      seconds: DELAY_SECONDS,
    });
    wait(DELAY_SECONDS);
    await guess(db, account.username, stranger, 1);
    expect(await verifySignIn(db, account.username, account.passphrase, stranger)).toEqual({
      ok: false,
      reason: "wait",
      seconds: 2 * DELAY_SECONDS,
    });
    // Trying again while told to wait does not make the wait longer.
    expect(await verifySignIn(db, account.username, account.passphrase, stranger)).toMatchObject({
      ok: false,
      reason: "wait",
    });
    wait(2 * DELAY_SECONDS);
    expect((await verifySignIn(db, account.username, account.passphrase, stranger)).ok).toBe(true);
    // The right passphrase starts the count again.
    await guess(db, account.username, stranger, FREE_TRIES);
  });

  it("lets the owner's known browser in after 100 failures from made-up addresses; strangers wait, and the recovery code still works", async () => {
    const { db } = database();
    const account = await signUp(db);
    const derivations = countDerivations();
    for (let n = 0; n < 100; n++) await verifySignIn(db, account.username, `spread guess ${n}`, newBrowser());
    expect(derivations(), "guesses spread over addresses are worked on only up to the free tries").toBe(FREE_TRIES);

    const owner = await verifySignIn(db, account.username, account.passphrase, knownBrowser(account));
    assert(owner.ok, "the browser that signed in before is not held back by strangers");
    expect(owner.user.id).toBe(account.userId);
    expect(await verifySignIn(db, account.username, account.passphrase, newBrowser())).toMatchObject({
      ok: false,
      reason: "wait",
    });
    // A token made for another account, or a forged one, makes a browser no more known.
    const forged = { clientKey: newClientKey(), browserToken: newBrowserToken(usernameLookup(nobody())) };
    expect(await verifySignIn(db, account.username, account.passphrase, forged)).toMatchObject({
      ok: false,
      reason: "wait",
    });

    const recovered = await recoverAccount(
      db,
      account.username,
      account.recoveryCode,
      `a calm new start ${randomBytes(4).toString("hex")}`,
      newClientKey(),
    );
    expect(recovered.ok).toBe(true);
  });

  it("doubles the wait with each try, but never past 15 minutes", async () => {
    const { db } = database();
    const stranger = newBrowser();
    const name = nobody();
    await guess(db, name, stranger, FREE_TRIES);
    const waits: number[] = [];
    for (let round = 0; round < 12; round++) {
      const answer = await verifySignIn(db, name, `a patient guess ${round}`, stranger);
      assert(!answer.ok && answer.reason === "wait", `round ${round} waits`);
      waits.push(answer.seconds);
      wait(answer.seconds);
      expect(await verifySignIn(db, name, `a guess after waiting ${round}`, stranger)).toEqual(WRONG);
    }

    expect(waits.slice(0, 3)).toEqual([DELAY_SECONDS, 2 * DELAY_SECONDS, 4 * DELAY_SECONDS]);
    expect(Math.max(...waits)).toBe(15 * 60);
    expect(waits.at(-1)).toBe(15 * 60);
  });

  it("slows a known browser after its own free tries, without slowing the owner's other browsers", async () => {
    const { db } = database();
    const account = await signUp(db);
    const shared = knownBrowser(account);
    await guess(db, account.username, shared, KNOWN_BROWSER.freeTries);

    expect(await verifySignIn(db, account.username, account.passphrase, shared)).toMatchObject({
      ok: false,
      reason: "wait",
    });
    expect((await verifySignIn(db, account.username, account.passphrase, knownBrowser(account))).ok).toBe(true);
    expect((await verifySignIn(db, account.username, account.passphrase, newBrowser())).ok).toBe(true);
  });

  it("counts wrong passphrases from one address across accounts, but never right ones, nor a known browser's", async () => {
    const { db } = database();
    const account = await signUp(db);
    const shelter = newClientKey();
    // As if the people sharing this address had already got all but one passphrase wrong.
    for (let n = 1; n < CLIENT_SIGN_INS.tries; n++)
      expect(await takeTry(db, CLIENT_SIGN_INS, shelter)).toEqual({ ok: true });
    for (let n = 0; n < 3; n++)
      expect(
        (await verifySignIn(db, account.username, account.passphrase, newBrowser(shelter))).ok,
        `right sign-in ${n}`,
      ).toBe(true);
    expect(await verifySignIn(db, nobody(), "the last wrong try", newBrowser(shelter))).toEqual(WRONG);

    expect(await verifySignIn(db, account.username, account.passphrase, newBrowser(shelter))).toMatchObject({
      ok: false,
      reason: "wait",
    });
    expect((await verifySignIn(db, account.username, account.passphrase, knownBrowser(account, shelter))).ok).toBe(
      true,
    );
    expect((await verifySignIn(db, account.username, account.passphrase, newBrowser())).ok).toBe(true);
  });

  it("locks guesses at a username nobody has in the same way, so the wait reveals nothing", async () => {
    const { db } = database();
    const browser = newBrowser();
    const name = nobody();
    await guess(db, name, browser, FREE_TRIES);

    expect(await verifySignIn(db, name, "one more guess", browser)).toEqual({
      ok: false,
      reason: "wait",
      seconds: DELAY_SECONDS,
    });
  });
});
