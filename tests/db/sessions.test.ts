import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  endAllSessions,
  endSession,
  listSessions,
  purgeExpiredSessions,
  resolveSession,
  startSession,
} from "@/lib/auth/sessions";
import { serverConfig } from "@/lib/config/server-config";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import { rawDatabaseBytes } from "./support/raw-database";
import { readableIn } from "./support/readable-forms";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const MINUTE = 60_000;
const idleMs = () => serverConfig().sessionIdleMinutes * MINUTE;
const rowCount = (db: DatabaseClient) => db.session.count();

describe.each(dialects)("sessions on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("resolves a started session to the same person and data key, and nothing else does", async () => {
    const { db } = database();
    const account = await signUp(db);
    const previous = new Date("2030-01-02T03:04:05.000Z");
    const session = await startSession(db, account.userId, account.owner.dataKey, previous);

    const signedIn = await resolveSession(db, session.sessionId, session.sessionKey);

    expect(signedIn).toMatchObject({
      userId: account.userId,
      dataKey: account.owner.dataKey,
      previousSignInAt: previous,
    });
    const otherKey = randomBytes(32).toString("base64url");
    expect(await resolveSession(db, session.sessionId, otherKey)).toBeUndefined();
    expect(await resolveSession(db, randomBytes(32).toString("hex"), session.sessionKey)).toBeUndefined();
    // A wrong key is refused without ending the real session.
    expect(await resolveSession(db, session.sessionId, session.sessionKey)).toMatchObject({ userId: account.userId });
  });

  it("ends a session left idle too long, and deletes its row", async () => {
    const { db } = database();
    const account = await signUp(db);
    const session = await startSession(db, account.userId, account.owner.dataKey, null);
    const lastSeenAt = new Date(Date.now() - 10 * MINUTE);
    await db.session.updateMany({ data: { lastSeenAt } });

    // Just inside the idle time it is still open, and being used moves lastSeenAt on.
    const stillOpenAt = new Date(lastSeenAt.getTime() + idleMs() - MINUTE);
    expect(await resolveSession(db, session.sessionId, session.sessionKey, stillOpenAt)).toBeDefined();
    expect((await db.session.findFirstOrThrow()).lastSeenAt).toEqual(stillOpenAt);

    const idleAt = new Date(stillOpenAt.getTime() + idleMs() + 1000);
    expect(await resolveSession(db, session.sessionId, session.sessionKey, idleAt)).toBeUndefined();
    expect(await rowCount(db)).toBe(0);
  });

  it("ends a session at its absolute time limit even while in use, and deletes its row", async () => {
    const { db } = database();
    const account = await signUp(db);
    const session = await startSession(db, account.userId, account.owner.dataKey, null);
    await db.session.updateMany({ data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() - 1000) } });

    expect(await resolveSession(db, session.sessionId, session.sessionKey)).toBeUndefined();
    expect(await rowCount(db)).toBe(0);
  });

  it("ends only the session signed out of; ending all ends only that person's", async () => {
    const { db } = database();
    const account = await signUp(db, "Rowan");
    const other = await signUp(db, "Ash");
    const [first, second, third] = await Promise.all(
      [1, 2, 3].map(() => startSession(db, account.userId, account.owner.dataKey, null)),
    );
    const others = await startSession(db, other.userId, other.owner.dataKey, null);
    const ids = async (userId: string) =>
      (await listSessions(db, { userId, dataKey: account.owner.dataKey })).map((row) => row.id).sort();
    const rowIdOf = async (session: { sessionId: string; sessionKey: string }) =>
      (await resolveSession(db, session.sessionId, session.sessionKey))!.sessionRowId;
    expect(await ids(account.userId)).toEqual((await Promise.all([first!, second!, third!].map(rowIdOf))).sort());

    expect(await endSession(db, first!.sessionId)).toBe(true);
    expect(await endSession(db, first!.sessionId)).toBe(false);
    expect(await resolveSession(db, first!.sessionId, first!.sessionKey)).toBeUndefined();
    expect(await resolveSession(db, second!.sessionId, second!.sessionKey)).toBeDefined();
    expect(await ids(account.userId)).toHaveLength(2);

    expect(await endAllSessions(db, account.userId)).toBe(2);
    expect(await ids(account.userId)).toEqual([]);
    expect(await resolveSession(db, others.sessionId, others.sessionKey)).toMatchObject({ userId: other.userId });
  });

  it("purges timed-out sessions of everyone, and keeps the open ones", async () => {
    const { db } = database();
    const account = await signUp(db);
    const open = await startSession(db, account.userId, account.owner.dataKey, null);
    const idle = await startSession(db, account.userId, account.owner.dataKey, null);
    const expired = await startSession(db, account.userId, account.owner.dataKey, null);
    const rowId = async (session: typeof open) =>
      (await resolveSession(db, session.sessionId, session.sessionKey))!.sessionRowId;
    const [idleRow, expiredRow] = [await rowId(idle), await rowId(expired)];
    await db.session.update({ where: { id: idleRow }, data: { lastSeenAt: new Date(Date.now() - idleMs() - MINUTE) } });
    await db.session.update({ where: { id: expiredRow }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await purgeExpiredSessions(db)).toBe(2);
    expect(await listSessions(db, account.owner)).toEqual([expect.objectContaining({ id: await rowId(open) })]);
  });

  it("lists the browser family a session signed in from, kept only sealed under the account's data key", async () => {
    const { db, target } = database();
    const account = await signUp(db);
    const other = await signUp(db);
    const family = `Firefox on Android ${randomBytes(4).toString("hex")}`;
    const session = await startSession(db, account.userId, account.owner.dataKey, null, family);
    const rowId = (await resolveSession(db, session.sessionId, session.sessionKey))!.sessionRowId;

    expect(await listSessions(db, account.owner)).toEqual([expect.objectContaining({ id: rowId, browser: family })]);
    // Without the account's own key the family cannot be read, even with the row in hand.
    const wrongKey = { userId: account.userId, dataKey: other.owner.dataKey };
    expect(await listSessions(db, wrongKey)).toEqual([expect.objectContaining({ id: rowId, browser: undefined })]);
    const bytes = await rawDatabaseBytes(target);
    expect([...readableIn(bytes, family), ...readableIn(bytes, "Firefox"), ...readableIn(bytes, "Android")]).toEqual(
      [],
    );
  });

  it("never stores the session id, session key or data key in the clear", async () => {
    const { db } = database();
    const account = await signUp(db);
    const session = await startSession(db, account.userId, account.owner.dataKey, null);
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>('SELECT * FROM "Session"');
    const stored = Buffer.from(
      JSON.stringify(rows, (_key, value) => (typeof value === "bigint" ? String(value) : value)),
    );
    expect(readableIn(stored, account.userId)).toContain("utf8");

    const secrets = {
      "session id": session.sessionId,
      "session key": session.sessionKey,
      "session key (hex)": Buffer.from(session.sessionKey, "base64url").toString("hex"),
      "data key (hex)": account.owner.dataKey.toString("hex"),
      "data key (base64)": account.owner.dataKey.toString("base64"),
    };
    const found = Object.entries(secrets).flatMap(([name, value]) =>
      readableIn(stored, value).map((how) => `${name} as ${how}`),
    );
    expect(found).toEqual([]);
  });
});
