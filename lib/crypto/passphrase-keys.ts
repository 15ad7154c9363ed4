import "server-only";
import { hkdfSync } from "node:crypto";
import argon2 from "argon2";
import { argon2ParametersSchema, type Argon2Parameters } from "./argon2-parameters";
import { inArgon2Queue } from "./argon2-queue";

export const SALT_BYTES = 16;

export type PassphraseKeys = {
  /** Stored, and compared at sign-in; it cannot unwrap anything. */
  verifier: Buffer;
  /** Never stored; unwraps the data key. */
  keyEncryptionKey: Buffer;
};

/** Argon2id over the passphrase, then HKDF-SHA-256 into two independent keys. */
export async function derivePassphraseKeys(
  passphrase: string,
  salt: Uint8Array,
  parameters: Argon2Parameters,
): Promise<PassphraseKeys> {
  const checked = argon2ParametersSchema.parse(parameters);
  if (salt.length !== SALT_BYTES) throw new Error("The salt is 16 bytes.");
  const master = await inArgon2Queue(() =>
    argon2.hash(passphrase.normalize("NFC"), {
      type: argon2.argon2id,
      memoryCost: checked.memoryKiB,
      timeCost: checked.passes,
      parallelism: checked.lanes,
      hashLength: 32,
      salt: Buffer.from(salt),
      raw: true,
    }),
  );
  return {
    verifier: expand(master, "safe-harbour passphrase verifier v1"),
    keyEncryptionKey: expand(master, "safe-harbour key-encryption key v1"),
  };
}

function expand(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), info, 32));
}
