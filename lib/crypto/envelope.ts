import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { z } from "zod";

const ALGORITHM = "A256GCM";
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** What a ciphertext belongs to. It is authenticated, so a ciphertext moved to another row fails. */
export type Binding = { userId: string; recordId: string; purpose: string };

const envelopeSchema = z.object({
  v: z.literal(VERSION),
  alg: z.literal(ALGORITHM),
  iv: z.base64url().length(16),
  ct: z.base64url().min(22),
});

export type Envelope = z.infer<typeof envelopeSchema>;

export class DecryptionError extends Error {
  constructor() {
    super("The data could not be decrypted.");
    this.name = "DecryptionError";
  }
}

/** The associated data: the envelope header and the binding, in one unambiguous encoding. */
export function associatedData(binding: Binding): Buffer {
  return Buffer.from(
    JSON.stringify(["safe-harbour", VERSION, ALGORITHM, binding.userId, binding.recordId, binding.purpose]),
  );
}

/** AES-256-GCM with a fresh random 96-bit IV; returns the envelope as a JSON string. */
export function seal(key: Uint8Array, plaintext: Uint8Array, binding: Binding, iv = randomBytes(IV_BYTES)): string {
  assertKey(key);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(binding));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  const envelope: Envelope = {
    v: VERSION,
    alg: ALGORITHM,
    iv: iv.toString("base64url"),
    ct: ciphertext.toString("base64url"),
  };
  return JSON.stringify(envelope);
}

/** Opens an envelope made by `seal` for the same binding; anything else throws DecryptionError. */
export function open(key: Uint8Array, sealed: string, binding: Binding): Buffer {
  assertKey(key);
  const envelope = parseEnvelope(sealed);
  const data = Buffer.from(envelope.ct, "base64url");
  if (data.length < TAG_BYTES) throw new DecryptionError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(envelope.iv, "base64url"), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(associatedData(binding));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    return Buffer.concat([decipher.update(data.subarray(0, data.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionError();
  }
}

/** Whether `sealed` has the shape `seal` writes; says nothing about whether any key opens it. */
export function isEnvelope(sealed: string): boolean {
  try {
    return envelopeSchema.safeParse(JSON.parse(sealed)).success;
  } catch {
    return false;
  }
}

function parseEnvelope(sealed: string): Envelope {
  try {
    return envelopeSchema.parse(JSON.parse(sealed));
  } catch {
    throw new DecryptionError();
  }
}

function assertKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new Error("An AES-256 key is 32 bytes.");
}
