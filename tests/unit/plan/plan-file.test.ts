// A person locks a copy of their plan into a file and brings it back later; someone else sends the
// server files made to cost it as much work as possible, many at once.
import argon2 from "argon2";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CURRENT_PARAMETERS } from "@/lib/crypto/argon2-parameters";
import { lockPlanFile, readPlanFile, unlockPlanFile, type PlanFile } from "@/lib/crypto/plan-file";
import { inPlanFileTurn, PlanFileTurns } from "@/lib/crypto/plan-file-turns";
import { planValueSchema } from "@/lib/plan/plan-schema";

const plan = planValueSchema.parse({
  entries: { trustedPeople: [{ id: "person-1", name: "Aunt Maeve", reach: "text after six" }] },
});
const passphrase = "lantern over the quiet tide";
let copy: Promise<string> | undefined;
/** One locked copy for the whole file: each costs an Argon2id derivation. */
const lockedCopy = () => (copy ??= lockPlanFile(plan, passphrase));
const asFile = (text: string) => JSON.parse(text) as Record<string, unknown>;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a locked copy of the plan", () => {
  it("names nothing: no app, no format name, only what opening it needs", async () => {
    const text = await lockedCopy();
    const { salt, envelope, ...rest } = asFile(text);
    expect(Object.keys(asFile(text))).toEqual(["version", "argon2", "salt", "envelope"]);
    // Beside the random salt and ciphertext, every word in the file is one of these.
    expect(
      `${JSON.stringify(rest)} ${String(envelope).replace(/"(iv|ct)":"[^"]*"/g, "")}`.match(/[a-z][a-z0-9]*/gi),
    ).toEqual(["version", "argon2", "memoryKiB", "passes", "lanes", "v", "alg", "A256GCM"]);
    expect(typeof salt).toBe("string");
    expect(text).not.toMatch(/harbour|Maeve/i);
  });

  it("opens with its passphrase, and tells a wrong passphrase apart", async () => {
    const file = readPlanFile(await lockedCopy()) as PlanFile;
    expect(await unlockPlanFile(file, passphrase)).toEqual({ ok: true, plan });
    expect(await unlockPlanFile(file, "not the passphrase at all")).toEqual({ ok: false, problem: "wrong-passphrase" });
  });

  it('made before files named nothing ("format": "safe-harbour-plan"), still opens', async () => {
    const old = JSON.stringify({ format: "safe-harbour-plan", ...asFile(await lockedCopy()) });
    expect(await unlockPlanFile(readPlanFile(old) as PlanFile, passphrase)).toEqual({ ok: true, plan });
  });
});

describe("a file made to cost the server more than a sign-in", () => {
  it.each([
    ["256 MiB, 8 passes, 16 lanes (the old ceiling)", { memoryKiB: 256 * 1024, passes: 8, lanes: 16 }],
    ["one KiB more memory", { ...CURRENT_PARAMETERS, memoryKiB: CURRENT_PARAMETERS.memoryKiB + 1 }],
    ["one more pass", { ...CURRENT_PARAMETERS, passes: CURRENT_PARAMETERS.passes + 1 }],
    ["two lanes", { ...CURRENT_PARAMETERS, lanes: 2 }],
    ["less than OWASP's minimum", { memoryKiB: 1024, passes: 1, lanes: 1 }],
  ])("is refused as not a saved plan before anything is derived: %s", async (_name, argon2Parameters) => {
    const hash = vi.spyOn(argon2, "hash");
    const text = JSON.stringify({ ...asFile(await lockedCopy()), argon2: argon2Parameters });
    hash.mockClear();
    expect(readPlanFile(text)).toBeUndefined();
    expect(hash).not.toHaveBeenCalled();
  });

  it("with a damaged lock is refused before anything is derived", async () => {
    const hash = vi.spyOn(argon2, "hash");
    const good = asFile(await lockedCopy());
    hash.mockClear();
    for (const envelope of ["", "{}", '{"v":1,"alg":"A256GCM","iv":"short","ct":"x"}', "x".repeat(1000)]) {
      expect(readPlanFile(JSON.stringify({ ...good, envelope })), envelope.slice(0, 40)).toBeUndefined();
    }
    expect(hash).not.toHaveBeenCalled();
  });
});

describe("turns for locking and opening files", () => {
  const MINUTE = 60_000;

  it("four copies opened at once by one account: one is worked on, three are told one is already running", async () => {
    const file = readPlanFile(await lockedCopy()) as PlanFile;
    const hash = vi.spyOn(argon2, "hash");
    const results = await Promise.all(
      Array.from({ length: 4 }, () => inPlanFileTurn("account-four-at-once", () => unlockPlanFile(file, passphrase))),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.reason)).toEqual([
      "already-running",
      "already-running",
      "already-running",
    ]);
    expect(hash).toHaveBeenCalledTimes(1);
    // The turn ends with the work.
    expect((await inPlanFileTurn("account-four-at-once", async () => "next")).ok).toBe(true);
  });

  it("gives an account six a quarter hour, then says how long to wait", () => {
    const turns = new PlanFileTurns();
    const start = Date.UTC(2030, 0, 1);
    for (let n = 0; n < 6; n++) {
      const turn = turns.take("account", start + n * MINUTE);
      expect(turn.ok).toBe(true);
      if (turn.ok) turn.done();
    }
    expect(turns.take("account", start + 6 * MINUTE)).toEqual({ ok: false, reason: "wait", minutes: 9 });
    // Another account is not held back, and the first gets a turn again once the oldest is a quarter hour old.
    expect(turns.take("another account", start + 6 * MINUTE).ok).toBe(true);
    expect(turns.take("account", start + 15 * MINUTE).ok).toBe(true);
  });

  it("runs two at once in the whole server, whoever asks", () => {
    const turns = new PlanFileTurns();
    const first = turns.take("a");
    const second = turns.take("b");
    expect(turns.take("c")).toEqual({ ok: false, reason: "server-busy" });
    if (first.ok) first.done();
    expect(turns.take("c").ok).toBe(true);
    expect(second.ok).toBe(true);
  });
});
