import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deleteAccount } from "@/lib/auth/accounts";
import { endAllSessions, endSession, startSession } from "@/lib/auth/sessions";
import { listBriefs, revokeBrief } from "@/lib/brief-store/briefs";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { openBriefByCode, openBriefByLink } from "@/lib/brief-store/open-brief";
import { normalizeBriefCode } from "@/lib/helper-briefs/brief-link";
import { rawDatabaseBytes } from "./support/raw-database";
import { readableIn } from "./support/readable-forms";
import { makeBrief, type TestBrief } from "./support/test-briefs";
import { newClientKey, signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

/** Everything of a brief that must never be readable: its words, its link's key and its code. */
function secretsOf(brief: TestBrief): Record<string, string> {
  return {
    label: brief.label,
    from: brief.content.from!,
    "what they could do": brief.content.canDo![0]!,
    "code word": brief.content.signal!.word,
    "what to do on the signal": brief.content.signal!.whatToDo,
    place: brief.content.place!,
    "own words": brief.content.ownWords!,
    "link id": brief.link.linkId,
    "link key": brief.link.key,
    code: brief.code,
    "code without dashes": brief.code.replace(/-/g, ""),
    "code's secret part": normalizeBriefCode(brief.code)!.secret,
  };
}

const readable = (bytes: Buffer, secrets: Record<string, string>) =>
  Object.entries(secrets).flatMap(([name, value]) => readableIn(bytes, value).map((form) => `${name} as ${form}`));

describe.each(dialects)("a helper brief at rest on %s", (dialect) => {
  const database = useTestDatabase(dialect);
  let logged: string[] = [];
  beforeEach(() => {
    logged = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void logged.push(args.map(String).join(" ")),
      );
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it("leaves none of its words, its key or its code in any table, file, write-ahead log or log line", async () => {
    const { db, target } = database();
    const { owner } = await signUp(db);
    const brief = await makeBrief(db, owner);
    const other = await makeBrief(db, owner);
    const client = newClientKey();
    expect((await openBriefByLink(db, brief.link.linkId, client)).ok).toBe(true);
    expect((await openBriefByCode(db, brief.code, client)).ok).toBe(true);
    expect((await openBriefByCode(db, `${brief.code.slice(0, -1)}0`, newClientKey())).ok).toBe(
      brief.code.endsWith("0"),
    );
    expect(await listBriefs(db, owner)).toHaveLength(2);

    const bytes = await rawDatabaseBytes(target);

    // Positive control: the scan sees what really was written, so finding nothing means something.
    expect(readableIn(bytes, brief.id)).toContain("utf8");
    expect(readable(bytes, secretsOf(brief))).toEqual([]);
    expect(readable(bytes, secretsOf(other))).toEqual([]);
    expect(bytes.includes(Buffer.from(brief.link.key, "base64url"))).toBe(false);
    expect(readable(Buffer.from(logged.join("\n")), { ...secretsOf(brief), ...secretsOf(other) })).toEqual([]);
  });

  it("once revoked, leaves not even its ciphertext behind in a copy of the database", async () => {
    const { db, target } = database();
    const { owner } = await signUp(db);
    const brief = await makeBrief(db, owner);
    const kept = await makeBrief(db, owner);
    const row = await db.helperBrief.findUniqueOrThrow({ where: { id: brief.id } });
    // The wrapped key's own ciphertext: a dump escapes the quotes around it.
    const keyUnderCode = JSON.parse(JSON.parse(row.keyUnderCode).sealed).ct as string;
    const summary = JSON.parse(row.summary).ct as string;
    const stored = [row.content, summary, keyUnderCode, row.linkLookup, row.codeLookup];
    const keptRow = await db.helperBrief.findUniqueOrThrow({ where: { id: kept.id } });
    // Each value's last 32 characters: a long value may be split across pages, and they differ per brief.
    const found = (bytes: Buffer, values: string[]) => values.filter((value) => bytes.includes(value.slice(-32)));
    expect(found(await rawDatabaseBytes(target), stored)).toHaveLength(stored.length);

    await revokeBrief(db, owner, brief.id);

    expect(found(await rawDatabaseBytes(target), stored)).toEqual([]);
    expect(found(await rawDatabaseBytes(target), [keptRow.content])).toHaveLength(1);
  });

  it("comes back from a backup made while it lived, as docs/ENCRYPTION.md warns", async () => {
    const { db, target } = database();
    const { owner } = await signUp(db);
    const brief = await makeBrief(db, owner);
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "safe-harbour-brief-backup-"));
    try {
      const backup = await backupDatabase(target, scratch);
      await revokeBrief(db, owner, brief.id);
      await db.$disconnect();

      await restoreDatabase(target, backup.file);

      expect((await openBriefByLink(db, brief.link.linkId, newClientKey())).ok).toBe(true);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("goes with the account: deleting it deletes every brief, and their links open nothing", async () => {
    const { db } = database();
    const account = await signUp(db);
    const other = await signUp(db);
    const briefs = [await makeBrief(db, account.owner), await makeBrief(db, account.owner)];
    const theirs = await makeBrief(db, other.owner);
    await startSession(db, account.userId, account.owner.dataKey, null);
    const sessionRowId = (await db.session.findFirstOrThrow({ where: { userId: account.userId } })).id;

    expect(await deleteAccount(db, account.userId, account.passphrase, sessionRowId)).toEqual({ ok: true });

    expect(await db.helperBrief.count({ where: { userId: account.userId } })).toBe(0);
    for (const brief of briefs) {
      expect(await openBriefByLink(db, brief.link.linkId, newClientKey())).toStrictEqual({ ok: false });
      expect(await openBriefByCode(db, brief.code, newClientKey())).toStrictEqual({ ok: false });
    }
    expect((await openBriefByLink(db, theirs.link.linkId, newClientKey())).ok).toBe(true);
  });

  it("stays when she signs out, leaves by quick exit or signs out everywhere", async () => {
    const { db } = database();
    const { owner, userId } = await signUp(db);
    const brief = await makeBrief(db, owner);
    const here = await startSession(db, userId, owner.dataKey, null);
    await startSession(db, userId, owner.dataKey, null);

    // Signing out and quick exit both end the session through endSession (lib/auth/leave-site.ts).
    expect(await endSession(db, here.sessionId)).toBe(true);
    expect(await endAllSessions(db, userId)).toBe(1);

    expect(await db.session.count({ where: { userId } })).toBe(0);
    expect(await listBriefs(db, owner)).toHaveLength(1);
    expect(await openBriefByCode(db, brief.code, newClientKey())).toEqual({ ok: true, content: brief.content });
  });
});
