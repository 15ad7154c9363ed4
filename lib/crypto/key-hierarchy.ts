import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { CURRENT_PARAMETERS, type Argon2Parameters } from "./argon2-parameters";
import { DecryptionError, open, seal, type Binding } from "./envelope";
import { derivePassphraseKeys, SALT_BYTES } from "./passphrase-keys";
import { newRecoveryCode, normalizeRecoveryCode, recoveryKey } from "./recovery-code";

/** The passphrase half of what an account stores: nothing here opens the data key by itself. */
export type PassphraseLock = {
  argon2: Argon2Parameters;
  passphraseSalt: Buffer;
  verifier: Buffer;
  dataKeyUnderPassphrase: string;
};

export type RecoveryLock = { recoverySalt: Buffer; dataKeyUnderRecovery: string };

export type AccountKeys = PassphraseLock & RecoveryLock;

const passphraseBinding = (userId: string): Binding => ({ userId, recordId: userId, purpose: "data-key:passphrase" });
const recoveryBinding = (userId: string): Binding => ({ userId, recordId: userId, purpose: "data-key:recovery" });

/** A new account: a random data key, wrapped once under the passphrase and once under a recovery code. */
export async function createAccountKeys(userId: string, passphrase: string) {
  const dataKey = randomBytes(32);
  const passphraseLock = await lockWithPassphrase(userId, dataKey, passphrase);
  const { recoveryCode, ...recoveryLock } = lockWithNewRecoveryCode(userId, dataKey);
  return { keys: { ...passphraseLock, ...recoveryLock } satisfies AccountKeys, dataKey, recoveryCode };
}

/** Wraps the data key under a passphrase: used at sign-up, passphrase change and parameter upgrade. */
export async function lockWithPassphrase(
  userId: string,
  dataKey: Buffer,
  passphrase: string,
  argon2: Argon2Parameters = CURRENT_PARAMETERS,
): Promise<PassphraseLock> {
  const passphraseSalt = randomBytes(SALT_BYTES);
  const { verifier, keyEncryptionKey } = await derivePassphraseKeys(passphrase, passphraseSalt, argon2);
  return {
    argon2: { ...argon2 },
    passphraseSalt,
    verifier,
    dataKeyUnderPassphrase: seal(keyEncryptionKey, dataKey, passphraseBinding(userId)),
  };
}

/** A fresh recovery code and the data key wrapped under it. The code is shown once and never stored. */
export function lockWithNewRecoveryCode(userId: string, dataKey: Buffer): RecoveryLock & { recoveryCode: string } {
  const recoveryCode = newRecoveryCode();
  const recoverySalt = randomBytes(SALT_BYTES);
  const key = recoveryKey(normalizeRecoveryCode(recoveryCode) as string, recoverySalt);
  return { recoveryCode, recoverySalt, dataKeyUnderRecovery: seal(key, dataKey, recoveryBinding(userId)) };
}

/** The data key if the passphrase is right, otherwise undefined. Costs one Argon2 derivation either way. */
export async function unlockWithPassphrase(
  userId: string,
  passphrase: string,
  lock: PassphraseLock,
): Promise<Buffer | undefined> {
  const { verifier, keyEncryptionKey } = await derivePassphraseKeys(passphrase, lock.passphraseSalt, lock.argon2);
  if (verifier.length !== lock.verifier.length || !timingSafeEqual(verifier, lock.verifier)) return undefined;
  return openOrUndefined(() => open(keyEncryptionKey, lock.dataKeyUnderPassphrase, passphraseBinding(userId)));
}

/** The data key if the recovery code is right, otherwise undefined. */
export function unlockWithRecoveryCode(userId: string, typedCode: string, lock: RecoveryLock): Buffer | undefined {
  const code = normalizeRecoveryCode(typedCode);
  if (!code) return undefined;
  const key = recoveryKey(code, lock.recoverySalt);
  return openOrUndefined(() => open(key, lock.dataKeyUnderRecovery, recoveryBinding(userId)));
}

/** Spends the same Argon2 time as a real sign-in, so an unknown username cannot be told apart. */
export async function spendSignInTime(passphrase: string): Promise<void> {
  await derivePassphraseKeys(passphrase, randomBytes(SALT_BYTES), CURRENT_PARAMETERS);
}

function openOrUndefined(unwrap: () => Buffer): Buffer | undefined {
  try {
    return unwrap();
  } catch (error) {
    if (error instanceof DecryptionError) return undefined;
    throw error;
  }
}
