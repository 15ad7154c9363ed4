import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { serverConfig } from "../config/server-config";
import { open, seal, type Binding } from "../crypto/envelope";
import type { DatabaseClient } from "../db/create-database-client";
import { forgetExpiredTries } from "./rate-limit";

export const ABSOLUTE_SESSION_SECONDS = 8 * 60 * 60;
// Writing lastSeenAt on every request would cost a write per page view; a minute is precise enough.
const TOUCH_AFTER_MS = 60_000;

export type SignedIn = {
  userId: string;
  dataKey: Buffer;
  /** The stored row's id (a hash), for telling "this browser" apart in the list of sessions. */
  sessionRowId: string;
  previousSignInAt: Date | null;
};

const rowIdOf = (sessionId: string) => createHash("sha256").update(sessionId).digest("hex");
const binding = (userId: string, rowId: string): Binding => ({ userId, recordId: rowId, purpose: "data-key:session" });
const browserBinding = (userId: string, rowId: string): Binding => ({
  userId,
  recordId: rowId,
  purpose: "session:browser",
});

/**
 * A new session row; the returned id and key go only into the person's cookie. `browser` is the
 * family it signs in from ("Firefox on Android"), kept only sealed under the account's data key.
 */
export async function startSession(
  db: DatabaseClient,
  userId: string,
  dataKey: Buffer,
  previousSignInAt: Date | null,
  browser?: string,
) {
  const sessionId = randomBytes(32).toString("hex");
  const sessionKey = randomBytes(32);
  const id = rowIdOf(sessionId);
  await db.session.create({
    data: {
      id,
      userId,
      previousSignInAt,
      dataKeyUnderSession: seal(sessionKey, dataKey, binding(userId, id)),
      browserSealed: browser ? seal(dataKey, Buffer.from(browser), browserBinding(userId, id)) : null,
      expiresAt: new Date(Date.now() + ABSOLUTE_SESSION_SECONDS * 1000),
    },
  });
  return { sessionId, sessionKey: sessionKey.toString("base64url") };
}

/**
 * Signs someone in who has just proved who they are: marks the time (the previous one is shown
 * as "last signed in"), clears out what has timed out, and starts their session.
 */
export async function beginSession(
  db: DatabaseClient,
  userId: string,
  dataKey: Buffer,
  previousSignInAt: Date | null,
  browser?: string,
) {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
  await purgeExpiredSessions(db);
  await forgetExpiredTries(db);
  return startSession(db, userId, dataKey, previousSignInAt, browser);
}

/** The signed-in person for a cookie's id and key, or undefined once the session is gone or timed out. */
export async function resolveSession(
  db: DatabaseClient,
  sessionId: string,
  sessionKey: string,
  now = new Date(),
): Promise<SignedIn | undefined> {
  const id = rowIdOf(sessionId);
  const row = await db.session.findUnique({ where: { id } });
  if (!row) return undefined;
  const idleMs = serverConfig().sessionIdleMinutes * 60_000;
  if (now >= row.expiresAt || now.getTime() - row.lastSeenAt.getTime() > idleMs) {
    await db.session.deleteMany({ where: { id } });
    return undefined;
  }
  let dataKey: Buffer;
  try {
    dataKey = open(Buffer.from(sessionKey, "base64url"), row.dataKeyUnderSession, binding(row.userId, id));
  } catch {
    return undefined;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return { userId: row.userId, dataKey, sessionRowId: id, previousSignInAt: row.previousSignInAt };
}

/** Ends the session a cookie names. Returns whether a row was removed. */
export async function endSession(db: DatabaseClient, sessionId: string | undefined): Promise<boolean> {
  if (!sessionId) return false;
  const { count } = await db.session.deleteMany({ where: { id: rowIdOf(sessionId) } });
  return count > 0;
}

export async function endAllSessions(db: DatabaseClient, userId: string): Promise<number> {
  return (await db.session.deleteMany({ where: { userId } })).count;
}

/** The person's sessions, the most recently used first, each with the browser family it signed in from. */
export async function listSessions(db: DatabaseClient, owner: { userId: string; dataKey: Buffer }) {
  const rows = await db.session.findMany({
    where: { userId: owner.userId },
    select: { id: true, createdAt: true, lastSeenAt: true, browserSealed: true },
    orderBy: { lastSeenAt: "desc" },
  });
  return rows.map(({ browserSealed, ...row }) => ({ ...row, browser: browserOf(owner, row.id, browserSealed) }));
}

function browserOf(owner: { userId: string; dataKey: Buffer }, rowId: string, sealed: string | null) {
  if (!sealed) return undefined;
  try {
    return open(owner.dataKey, sealed, browserBinding(owner.userId, rowId)).toString("utf8");
  } catch {
    return undefined;
  }
}

/** Removes sessions that have timed out, whoever they belong to. */
export async function purgeExpiredSessions(db: DatabaseClient, now = new Date()): Promise<number> {
  const idleCutoff = new Date(now.getTime() - serverConfig().sessionIdleMinutes * 60_000);
  const { count } = await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lt: idleCutoff } }] },
  });
  return count;
}
