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
import { putRecord } from "../records/record-store";
import { usernameLookup } from "./keyed-hash";
import { recordFailure, recordSuccess, secondsToWait, signInLimits } from "./rate-limit";
import { endAllSessions } from "./sessions";

type User = NonNullable<Awaited<ReturnType<DatabaseClient["user"]["findUnique"]>>>;
export type Refused = { ok: false; reason: "wrong" } | { ok: false; reason: "wait"; seconds: number };

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

export async function createAccount(db: DatabaseClient, username: string, passphrase: string) {
  const lookup = usernameLookup(username);
  if (await db.user.findUnique({ where: { usernameLookup: lookup }, select: { id: true } })) {
    return { ok: false as const, reason: "taken" as const };
  }
  const id = randomUUID();
  const { keys, dataKey, recoveryCode } = await createAccountKeys(id, passphrase);
  await db.user.create({
    data: {
      id,
      usernameLookup: lookup,
      ...passphraseColumns(keys),
      recoverySalt: new Uint8Array(keys.recoverySalt),
      dataKeyUnderRecovery: keys.dataKeyUnderRecovery,
    },
  });
  await putRecord(db, { userId: id, dataKey }, "profile", { username: username.trim() });
  return { ok: true as const, userId: id, recoveryCode };
}

/** Checks a sign-in. An unknown username takes the same Argon2 time and gets the same answer. */
export async function verifySignIn(db: DatabaseClient, username: string, passphrase: string, clientKey: string) {
  const lookup = usernameLookup(username);
  const limits = signInLimits(lookup, clientKey);
  const wait = await secondsToWait(db, limits);
  if (wait > 0) return { ok: false, reason: "wait", seconds: wait } satisfies Refused;
  const user = await db.user.findUnique({ where: { usernameLookup: lookup } });
  const dataKey = user ? await unlockWithPassphrase(user.id, passphrase, lockOf(user)) : await spendSignInTime(passphrase);
  if (!user || !dataKey) {
    await recordFailure(db, limits);
    return { ok: false, reason: "wrong" } satisfies Refused;
  }
  await recordSuccess(db, limits);
  if (needsUpgrade(lockOf(user).argon2)) {
    await db.user.update({ where: { id: user.id }, data: passphraseColumns(await lockWithPassphrase(user.id, dataKey, passphrase)) });
  }
  return { ok: true as const, user, dataKey };
}

/**
 * Re-wraps the data key under a new passphrase; records are untouched. Every other browser is
 * signed out, in case the old passphrase was known to someone else.
 */
export async function changePassphrase(db: DatabaseClient, userId: string, current: string, next: string, clientKey: string, keepSessionRowId?: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const limits = signInLimits(user.usernameLookup, clientKey);
  const wait = await secondsToWait(db, limits);
  if (wait > 0) return { ok: false, reason: "wait", seconds: wait } satisfies Refused;
  const dataKey = await unlockWithPassphrase(userId, current, lockOf(user));
  if (!dataKey) {
    await recordFailure(db, limits);
    return { ok: false, reason: "wrong" } satisfies Refused;
  }
  await db.user.update({ where: { id: userId }, data: passphraseColumns(await lockWithPassphrase(userId, dataKey, next)) });
  await db.session.deleteMany({ where: { userId, NOT: { id: keepSessionRowId ?? "" } } });
  return { ok: true as const };
}

/**
 * Opens the account with its recovery code, sets a new passphrase and a new code (the old one
 * stops working), and signs out every browser, in case someone else knew the old passphrase.
 */
export async function recoverAccount(db: DatabaseClient, username: string, code: string, next: string, clientKey: string) {
  const lookup = usernameLookup(username);
  const limits = signInLimits(lookup, clientKey);
  const wait = await secondsToWait(db, limits);
  if (wait > 0) return { ok: false, reason: "wait", seconds: wait } satisfies Refused;
  const user = await db.user.findUnique({ where: { usernameLookup: lookup } });
  const dataKey = user ? unlockWithRecoveryCode(user.id, code, { recoverySalt: Buffer.from(user.recoverySalt), dataKeyUnderRecovery: user.dataKeyUnderRecovery }) : undefined;
  if (!user || !dataKey) {
    await recordFailure(db, limits);
    return { ok: false, reason: "wrong" } satisfies Refused;
  }
  await recordSuccess(db, limits);
  const passphraseLock = await lockWithPassphrase(user.id, dataKey, next);
  const { recoveryCode, recoverySalt, dataKeyUnderRecovery } = lockWithNewRecoveryCode(user.id, dataKey);
  await db.user.update({
    where: { id: user.id },
    data: { ...passphraseColumns(passphraseLock), recoverySalt: new Uint8Array(recoverySalt), dataKeyUnderRecovery },
  });
  await endAllSessions(db, user.id);
  return { ok: true as const, recoveryCode };
}

/** Deletes the account and every row that belonged to it, if the typed username is its own. */
export async function deleteAccount(db: DatabaseClient, userId: string, typedUsername: string): Promise<boolean> {
  const lookup = usernameLookup(typedUsername);
  const user = await db.user.findUnique({ where: { id: userId }, select: { usernameLookup: true } });
  if (!user || user.usernameLookup !== lookup) return false;
  // Sessions and records go with the user (ON DELETE CASCADE); the counters name the username.
  await db.$transaction([
    db.rateLimit.deleteMany({ where: { OR: [{ key: `user:${lookup}` }, { key: { startsWith: `pair:${lookup}:` } }] } }),
    db.user.delete({ where: { id: userId } }),
  ]);
  await overwriteDeletedRows(db);
  return true;
}
