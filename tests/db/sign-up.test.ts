import argon2 from "argon2";
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { verifySignIn } from "@/lib/auth/accounts";
import { keyedHash } from "@/lib/auth/keyed-hash";
import { SIGN_UPS } from "@/lib/auth/limits";
import { takeTry } from "@/lib/auth/rate-limit";
import { signUpWithOffer, type SignUpOutcome } from "@/lib/auth/sign-up";
import { OFFER_MINUTES, offerUsername } from "@/lib/auth/username-offer";
import { newBrowser, newClientKey, signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const passphrase = () => `a quiet walk by the water ${randomBytes(4).toString("hex")}`;
const OFFERED_NAME = /^[a-z]+-[a-z]+-[a-z]+-\d{2}$/;

function countDerivations() {
  const hash = vi.spyOn(argon2, "hash");
  onTestFinished(() => hash.mockRestore());
  return () => hash.mock.calls.length;
}

/** What a person would see of an answer: whether it worked, and why not; never the names involved. */
const shape = (outcome: SignUpOutcome) => (outcome.ok ? "made" : outcome.reason);

describe.each(dialects)("sign-up on %s", (dialect) => {
  const database = useTestDatabase(dialect);
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-10T09:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  it("makes the account under the offered name, which then signs in, typed with spaces or capitals", async () => {
    const { db } = database();
    const offer = await offerUsername(db);
    const chosen = passphrase();

    const made = await signUpWithOffer(db, offer.token, chosen, newClientKey());

    expect(made).toMatchObject({ ok: true, username: offer.username });
    expect(offer.username).toMatch(OFFERED_NAME);
    const typed = offer.username.toUpperCase().replaceAll("-", " ");
    expect((await verifySignIn(db, typed, chosen, newBrowser())).ok).toBe(true);
  });

  it("answers an offer used already as it answers one that ran out, after the Argon2 work of a fresh one", async () => {
    const { db } = database();
    const used = await offerUsername(db);
    expect((await signUpWithOffer(db, used.token, passphrase(), newClientKey())).ok).toBe(true);
    const lapsed = await offerUsername(db);
    const fresh = await offerUsername(db);
    vi.setSystemTime(Date.now() + (OFFER_MINUTES - 1) * 60_000);
    const derivations = countDerivations();

    const again = await signUpWithOffer(db, used.token, passphrase(), newClientKey());
    expect(derivations(), "an offer used already").toBe(1);
    expect(shape(await signUpWithOffer(db, fresh.token, passphrase(), newClientKey()))).toBe("made");
    expect(derivations(), "a fresh offer").toBe(2);
    vi.setSystemTime(Date.now() + 2 * 60_000);
    const late = await signUpWithOffer(db, lapsed.token, passphrase(), newClientKey());

    expect([shape(again), shape(late)]).toEqual(["offer-gone", "offer-gone"]);
    for (const outcome of [again, late]) {
      if (outcome.ok || outcome.reason !== "offer-gone") throw new Error("expected a new offer");
      expect(outcome.offer.username).toMatch(OFFERED_NAME);
      expect(outcome.offer.username).not.toBe(used.username);
    }
    expect(await db.user.count()).toBe(2);
  });

  it("never makes an account under a name the sender chose, even one that exists", async () => {
    const { db } = database();
    const existing = await signUp(db);
    const issuedAt = Date.now();
    const unsigned = `${existing.username}.${issuedAt}.${"0".repeat(64)}`;
    // Signed with a key of the sender's own: only the server's key makes an offer.
    const selfSigned = `${existing.username}.${issuedAt}.${keyedHash("client", `${existing.username}.${issuedAt}`)}`;
    const derivations = countDerivations();

    for (const token of [unsigned, selfSigned, "", "x".repeat(200)]) {
      expect(shape(await signUpWithOffer(db, token, passphrase(), newClientKey()))).toBe("offer-gone");
    }
    expect(derivations()).toBe(0);
    expect(await db.user.count()).toBe(1);
  });

  it("makes one account when four sign-ups of one offer arrive together, and offers the others a new name", async () => {
    const { db } = database();
    const offer = await offerUsername(db);

    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () => signUpWithOffer(db, offer.token, passphrase(), newClientKey())),
    );

    expect(outcomes.map(shape).sort()).toEqual(["made", "offer-gone", "offer-gone", "offer-gone"]);
    expect(await db.user.count()).toBe(1);
  });

  it("counts sign-ups from one address before the work: with one left, four at once make one account", async () => {
    const { db } = database();
    const address = newClientKey();
    for (let n = 1; n < SIGN_UPS.tries; n++) await takeTry(db, SIGN_UPS, address);
    const offers = await Promise.all(Array.from({ length: 4 }, () => offerUsername(db)));
    const derivations = countDerivations();

    const outcomes = await Promise.all(offers.map((offer) => signUpWithOffer(db, offer.token, passphrase(), address)));

    expect(outcomes.map(shape).sort()).toEqual(["made", "wait", "wait", "wait"]);
    expect(derivations()).toBe(1);
    expect(shape(await signUpWithOffer(db, (await offerUsername(db)).token, passphrase(), newClientKey()))).toBe(
      "made",
    );
  });
});
