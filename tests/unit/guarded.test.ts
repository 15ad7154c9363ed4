import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { guarded } from "@/lib/auth/guarded";
import type { SignedIn } from "@/lib/auth/sessions";

const alice: SignedIn = { userId: "alice", dataKey: Buffer.alloc(32), sessionRowId: "row", previousSignInAt: null };
const input = z.object({ recordId: z.string().uuid() });
const aliceRecord = "0b9a2c38-8d3e-4f8e-9a45-2b3c4d5e6f70";
const bobRecord = "7f6e5d4c-3b2a-4190-8877-665544332211";

function build(session: SignedIn | null) {
  const run = vi.fn(async () => "done");
  const owns = vi.fn(
    async (who: SignedIn, parsed: { recordId: string }) => who.userId === "alice" && parsed.recordId === aliceRecord,
  );
  const getSession = vi.fn(async () => session);
  const action = guarded({ session: "required", input, owns, run }, getSession);
  return { action, run, owns, getSession };
}

describe("the one wrapper around personal data", () => {
  it("does the work when every step passes", async () => {
    const { action, run } = build(alice);
    expect(await action({ recordId: aliceRecord })).toEqual({ ok: true, value: "done" });
    expect(run).toHaveBeenCalledOnce();
  });

  it("refuses without a session, before reading the input", async () => {
    const { action, run, owns } = build(null);
    expect(await action({ recordId: aliceRecord })).toEqual({ ok: false, reason: "signed-out" });
    expect(owns).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses input that does not parse, naming the field, before checking ownership", async () => {
    const { action, run, owns } = build(alice);
    const outcome = await action({ recordId: "../../etc/passwd" });
    expect(outcome).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { recordId: expect.any(String) } });
    expect(owns).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses what belongs to someone else", async () => {
    const { action, run } = build(alice);
    expect(await action({ recordId: bobRecord })).toEqual({ ok: false, reason: "forbidden" });
    expect(run).not.toHaveBeenCalled();
  });

  it("hands the work only the parsed input, not extra fields", async () => {
    const { action, run } = build(alice);
    await action({ recordId: aliceRecord, userId: "bob" });
    expect(run).toHaveBeenCalledWith(alice, { recordId: aliceRecord });
  });

  it("for signing in, asks for no session but still parses before the work", async () => {
    const run = vi.fn(async () => "signed in");
    const getSession = vi.fn(async () => null);
    const action = guarded({ session: "none", input, owns: () => true, run }, getSession);
    expect(await action({ recordId: "x" })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await action({ recordId: aliceRecord })).toEqual({ ok: true, value: "signed in" });
    expect(getSession).not.toHaveBeenCalled();
  });
});
