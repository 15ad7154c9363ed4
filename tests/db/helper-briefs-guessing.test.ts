import argon2 from "argon2";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BRIEF_CODES_PER_CLIENT, BRIEF_CODES_PER_LOOKUP } from "@/lib/brief-store/brief-limits";
import { revokeBrief } from "@/lib/brief-store/briefs";
import { openBriefByCode, openBriefByLink } from "@/lib/brief-store/open-brief";
import { newBriefLink } from "@/lib/helper-briefs/brief-link";
import { makeBrief } from "./support/test-briefs";
import { newClientKey, signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

/** The same code with its last character changed: the right lookup, a wrong secret. */
const wrongSecret = (code: string) => `${code.slice(0, -1)}${code.endsWith("7") ? "8" : "7"}`;

describe.each(dialects)("guessing at helper briefs on %s", (dialect) => {
  const database = useTestDatabase(dialect);
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-10T09:00:00Z") }));
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  const wait = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

  it("answers a wrong, revoked, ended or guessed code or link the same way, after the same one Argon2id run", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const live = await makeBrief(db, owner);
    const revoked = await makeBrief(db, owner);
    const ended = await makeBrief(db, owner, { days: 7 });
    await revokeBrief(db, owner, revoked.id);
    const runs = vi.spyOn(argon2, "hash");
    const codeAnswers: Record<string, unknown> = {};
    const argon2Runs: Record<string, number> = {};
    const tryCode = async (name: string, typed: string) => {
      runs.mockClear();
      codeAnswers[name] = await openBriefByCode(db, typed, newClientKey());
      argon2Runs[name] = runs.mock.calls.length;
    };

    await tryCode("wrong secret", wrongSecret(live.code));
    await tryCode("revoked", revoked.code);
    await tryCode("guessed lookup", "ZZZZ-0000-0000-0000");
    await tryCode("not a code", "hello there");
    wait(7 * 24 * 60 * 60);
    await tryCode("ended", ended.code);
    await tryCode("right", live.code);

    const { right, ...failures } = codeAnswers;
    expect(right).toEqual({ ok: true, content: live.content });
    for (const answer of Object.values(failures)) expect(answer).toStrictEqual({ ok: false });
    expect(argon2Runs).toEqual({
      "wrong secret": 1,
      revoked: 1,
      "guessed lookup": 1,
      "not a code": 1,
      ended: 1,
      right: 1,
    });

    for (const linkId of [revoked.link.linkId, ended.link.linkId, newBriefLink().linkId, "not-a-link", ""]) {
      expect(await openBriefByLink(db, linkId, newClientKey())).toStrictEqual({ ok: false });
    }
  });

  it("refuses even the right code from an address after its tries, without running Argon2id, until the window passes", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const brief = await makeBrief(db, owner);
    const client = newClientKey();
    for (let guess = 0; guess < BRIEF_CODES_PER_CLIENT.tries; guess += 1) {
      expect(await openBriefByCode(db, wrongSecret(brief.code), client)).toStrictEqual({ ok: false });
    }
    const runs = vi.spyOn(argon2, "hash");

    expect(await openBriefByCode(db, brief.code, client)).toStrictEqual({ ok: false });
    expect(runs).not.toHaveBeenCalled();
    // Another address is not held back by this one's guesses.
    expect((await openBriefByCode(db, brief.code, newClientKey())).ok).toBe(true);

    wait(BRIEF_CODES_PER_CLIENT.windowSeconds + 1);
    expect((await openBriefByCode(db, brief.code, client)).ok).toBe(true);
  });

  it("refuses even the right code after a code's tries from many addresses, until the hour passes", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const brief = await makeBrief(db, owner);
    for (let guess = 0; guess < BRIEF_CODES_PER_LOOKUP.tries; guess += 1) {
      expect(await openBriefByCode(db, wrongSecret(brief.code), newClientKey())).toStrictEqual({ ok: false });
    }

    expect(await openBriefByCode(db, brief.code, newClientKey())).toStrictEqual({ ok: false });

    wait(BRIEF_CODES_PER_LOOKUP.windowSeconds + 1);
    expect((await openBriefByCode(db, brief.code, newClientKey())).ok).toBe(true);
  });

  it("gives a right code's tries back, so opening it again and again from one address is never refused", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const brief = await makeBrief(db, owner);
    const client = newClientKey();
    const times = BRIEF_CODES_PER_LOOKUP.tries + 2;

    for (let time = 0; time < times; time += 1) {
      expect((await openBriefByCode(db, brief.code, client)).ok).toBe(true);
    }
    expect(await openBriefByCode(db, wrongSecret(brief.code), client)).toStrictEqual({ ok: false });
  });

  it("works on at most the allowed tries when twenty guesses from one address arrive together", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const brief = await makeBrief(db, owner);
    const client = newClientKey();
    const runs = vi.spyOn(argon2, "hash");

    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        openBriefByCode(db, `${brief.code.slice(0, 5)}${String(index).padStart(12, "0")}`, client),
      ),
    );

    for (const answer of answers) expect(answer).toStrictEqual({ ok: false });
    expect(runs).toHaveBeenCalledTimes(BRIEF_CODES_PER_CLIENT.tries);
  });

  it("bounds how many links one address can try", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const brief = await makeBrief(db, owner);
    const client = newClientKey();
    for (let guess = 0; guess < 30; guess += 1) await openBriefByLink(db, newBriefLink().linkId, client);

    expect(await openBriefByLink(db, brief.link.linkId, client)).toStrictEqual({ ok: false });
    expect((await openBriefByLink(db, brief.link.linkId, newClientKey())).ok).toBe(true);
  });
});
