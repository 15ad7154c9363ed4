import "server-only";
import { randomUUID } from "node:crypto";
import { needsUpgrade } from "../crypto/argon2-parameters";
import {
  createAccountKeys,
  lockWithNewRecoveryCode,
  lockWithPassphrase,
  spendSignInTime,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  type PassphraseLock,
} from "../crypto/key-hierarchy";
import type { DatabaseClient } from "../db/create-database-client";
import { overwriteDeletedRows } from "../db/overwrite-deleted-rows";
import { isUniqueViolation } from "../db/unique-violation";
import { putRecord } from "../records/record-store";
import { usernameLookup } from "./keyed-hash";
import {
  confirmationKey,
  CONFIRMATIONS,
  NEW_BROWSERS,
  RECOVERIES,
  settleRightSignIn,
  signInCounters,
  type SignInFrom,
} from "./limits";
import { forgetTries, giveBackTry, takeTries, takeTry } from "./rate-limit";
import { endAllSessions } from "./sessions";

type User = NonNullable<Awaited<ReturnType<DatabaseClient["user"]["findUnique"]>>>;
export type Refused = { ok: false; reason: "wrong" } | { ok: false; reason: "wait"; seconds: number };
const WRONG = { ok: false, reason: "wrong" } as const satisfies Refused;

const lockOf = (user: User): PassphraseLock => ({
  argon2: { memoryKiB: user.argon2MemoryKiB, passes: user.argon2Passes, lanes: user.argon2Lanes },
  passphraseSalt: Buffer.from(user.passphraseSalt),
  verifier: Buffer.from(user.verifier),
  dataKeyUnderPassphrase: user.dataKeyUnderPassphrase,
});

const passphraseColumns = (lock: PassphraseLock) => ({
  argon2MemoryKiB: lock.argon2.memoryKiB,
  argon2Passes: lock.argon2.passes,
  argon2Lanes: lock.argon2.lanes,
  passphraseSalt: new Uint8Array(lock.passphraseSalt),
  verifier: new Uint8Array(lock.verifier),
  dataKeyUnderPassphrase: lock.dataKeyUnderPassphrase,
});

/**
 * Makes an account. The keys are made (one Argon2 run) before the database is asked anything, and
 * a name already taken shows only when the insert is refused: the work and the time are the same
 * either way, and sign-ups racing for one name get one account and "taken", never an error.
 */
export async function createAccount(db: DatabaseClient, username: string, passphrase: string) {
  const id = randomUUID();
  const lookup = usernameLookup(username);
  const { keys, dataKey, recoveryCode } = await createAccountKeys(id, passphrase);
  try {
    await db.user.create({
      data: {
        id,
        usernameLookup: lookup,
        ...passphraseColumns(keys),
        recoverySalt: new Uint8Array(keys.recoverySalt),
        dataKeyUnderRecovery: keys.dataKeyUnderRecovery,
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false as const, reason: "taken" as const };
    throw error;
  }
  await putRecord(db, { userId: id, dataKey }, "profile", { username: username.trim() });
  return { ok: true as const, userId: id, lookup, dataKey, recoveryCode, previousSignInAt: null };
}

/**
 * Checks a sign-in. The try is counted before the Argon2 work, so tries sent together cannot
 * slip past the limit. An unknown username takes the same time and gets the same answer.
 */
export async function verifySignIn(db: DatabaseClient, username: string, passphrase: string, from: SignInFrom) {
  const lookup = usernameLookup(username);
  const counters = signInCounters(lookup, from);
  const allowed = await takeTries(db, counters);
  if (!allowed.ok) return { ok: false, reason: "wait", seconds: allowed.seconds } satisfies Refused;
  const user = await db.user.findUnique({ where: { usernameLookup: lookup } });
  const dataKey = user
    ? await unlockWithPassphrase(user.id, passphrase, lockOf(user))
    : await spendSignInTime(passphrase);
  if (!user || !dataKey) return WRONG;
  await settleRightSignIn(db, counters);
  if (needsUpgrade(lockOf(user).argon2)) {
    await db.user.update({
      where: { id: user.id },
      data: passphraseColumns(await lockWithPassphrase(user.id, dataKey, passphrase)),
    });
  }
  return { ok: true as const, user, lookup, dataKey };
}

/** The passphrase typed again in a signed-in session, counted for that session before the work. */
async function confirmPassphrase(db: DatabaseClient, user: User, passphrase: string, sessionRowId: string) {
  const key = confirmationKey(user.usernameLookup, sessionRowId);
  const allowed = await takeTry(db, CONFIRMATIONS, key);
  if (!allowed.ok) return { ok: false, reason: "wait", seconds: allowed.seconds } satisfies Refused;
  const dataKey = await unlockWithPassphrase(user.id, passphrase, lockOf(user));
  if (!dataKey) return WRONG;
  await forgetTries(db, CONFIRMATIONS, key);
  return { ok: true as const, dataKey };
}

/**
 * Re-wraps the data key under a new passphrase; records are untouched. Every other browser is
 * signed out, in case the old passphrase was known to someone else.
 */
export async function changePassphrase(
  db: DatabaseClient,
  userId: string,
  current: string,
  next: string,
  sessionRowId: string,
) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) return WRONG;
  const confirmed = await confirmPassphrase(db, user, current, sessionRowId);
  if (!confirmed.ok) return confirmed;
  await db.user.update({
    where: { id: userId },
    data: passphraseColumns(await lockWithPassphrase(userId, confirmed.dataKey, next)),
  });
  await db.session.deleteMany({ where: { userId, NOT: { id: sessionRowId } } });
  return { ok: true as const };
}

/**
 * Opens the account with its recovery code, sets a new passphrase and a new code (the old one
 * stops working), and signs out every browser, in case someone else knew the old passphrase.
 * Only the client's address is counted: nothing strangers do can close this way in.
 */
export async function recoverAccount(
  db: DatabaseClient,
  username: string,
  code: string,
  next: string,
  clientKey: string,
) {
  const allowed = await takeTry(db, RECOVERIES, clientKey);
  if (!allowed.ok) return { ok: false, reason: "wait", seconds: allowed.seconds } satisfies Refused;
  const lookup = usernameLookup(username);
  const user = await db.user.findUnique({ where: { usernameLookup: lookup } });
  const dataKey = user
    ? unlockWithRecoveryCode(user.id, code, {
        recoverySalt: Buffer.from(user.recoverySalt),
        dataKeyUnderRecovery: user.dataKeyUnderRecovery,
      })
    : undefined;
  if (!user || !dataKey) return WRONG;
  await giveBackTry(db, RECOVERIES, clientKey);
  await forgetTries(db, NEW_BROWSERS, lookup);
  const passphraseLock = await lockWithPassphrase(user.id, dataKey, next);
  const { recoveryCode, recoverySalt, dataKeyUnderRecovery } = lockWithNewRecoveryCode(user.id, dataKey);
  await db.user.update({
    where: { id: user.id },
    data: { ...passphraseColumns(passphraseLock), recoverySalt: new Uint8Array(recoverySalt), dataKeyUnderRecovery },
  });
  await endAllSessions(db, user.id);
  return { ok: true as const, recoveryCode, userId: user.id, lookup, dataKey, previousSignInAt: user.lastSignInAt };
}

/**
 * Deletes the signed-in account and every row that belonged to it, once its passphrase is typed
 * again (counted like any other try, for this session).
 */
export async function deleteAccount(db: DatabaseClient, userId: string, passphrase: string, sessionRowId: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) return WRONG;
  const confirmed = await confirmPassphrase(db, user, passphrase, sessionRowId);
  if (!confirmed.ok) return confirmed;
  // Sessions and records go with the user (ON DELETE CASCADE); the counters that name it go too.
  await db.$transaction([
    db.rateLimit.deleteMany({ where: { key: { contains: user.usernameLookup } } }),
    db.user.delete({ where: { id: userId } }),
  ]);
  await overwriteDeletedRows(db);
  return { ok: true as const };
}
