import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import argon2 from "argon2";
import { z } from "zod";
import { briefContentSchema, type BriefContent } from "../helper-briefs/brief-content";
import { BRIEF_AAD, BRIEF_IV_BYTES, BRIEF_TAG_BYTES } from "../helper-briefs/brief-cipher";
import { argon2ParametersSchema, CURRENT_PARAMETERS, type Argon2Parameters } from "./argon2-parameters";
import { inArgon2Queue } from "./argon2-queue";
import { open, seal, type Binding } from "./envelope";

export const CODE_SALT_BYTES = 16;

/**
 * A brief's content under its own random key, in the layout the helper's browser opens with
 * WebCrypto: base64url(iv || ciphertext || tag). The key is never stored as it is.
 */
export function sealBriefContent(key: Uint8Array, content: BriefContent, iv = randomBytes(BRIEF_IV_BYTES)): string {
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: BRIEF_TAG_BYTES });
  cipher.setAAD(Buffer.from(BRIEF_AAD));
  const plaintext = Buffer.from(JSON.stringify(briefContentSchema.parse(content)));
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]).toString("base64url");
}

/** The content, for the short-code path where the server opens it; undefined for any failure. */
export function openBriefContent(key: Uint8Array, sealed: string): BriefContent | undefined {
  const data = Buffer.from(sealed, "base64url");
  if (key.length !== 32 || data.length < BRIEF_IV_BYTES + BRIEF_TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, data.subarray(0, BRIEF_IV_BYTES), {
      authTagLength: BRIEF_TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(BRIEF_AAD));
    decipher.setAuthTag(data.subarray(data.length - BRIEF_TAG_BYTES));
    const plaintext = Buffer.concat([
      decipher.update(data.subarray(BRIEF_IV_BYTES, data.length - BRIEF_TAG_BYTES)),
      decipher.final(),
    ]);
    const parsed = briefContentSchema.safeParse(JSON.parse(plaintext.toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** How a link id is found: its SHA-256. The link id has 128 random bits, so no key is needed. */
export const briefLinkLookup = (linkId: string) => sha256(`safe-harbour brief link v1:${linkId}`);

/** How a short code's first four characters are found. Not secret: an index, no more. */
export const briefCodeLookup = (lookup: string) => sha256(`safe-harbour brief code v1:${lookup}`);

const wrappedSchema = z.object({ argon2: argon2ParametersSchema, sealed: z.string().max(512) });

const codeBinding = (userId: string, briefId: string): Binding => ({
  userId,
  recordId: briefId,
  purpose: "brief-code",
});

async function codeKey(secret: string, salt: Uint8Array, parameters: Argon2Parameters): Promise<Buffer> {
  if (salt.length !== CODE_SALT_BYTES) throw new Error("The salt is 16 bytes.");
  return inArgon2Queue(() =>
    argon2.hash(secret, {
      type: argon2.argon2id,
      memoryCost: parameters.memoryKiB,
      timeCost: parameters.passes,
      parallelism: parameters.lanes,
      hashLength: 32,
      salt: Buffer.from(salt),
      raw: true,
    }),
  );
}

/**
 * The brief's key wrapped under Argon2id of the code's secret part (60 bits), so the code opens
 * it on the server and a stolen database must pay one Argon2id run for every guess.
 */
export async function wrapKeyUnderCode(
  key: Uint8Array,
  secret: string,
  salt: Uint8Array,
  owner: { userId: string; briefId: string },
  parameters: Argon2Parameters = CURRENT_PARAMETERS,
): Promise<string> {
  const sealed = seal(await codeKey(secret, salt, parameters), key, codeBinding(owner.userId, owner.briefId));
  return JSON.stringify({ argon2: parameters, sealed });
}

/** The brief's key, if `secret` is the code's; undefined otherwise. Always one Argon2id run. */
export async function unwrapKeyUnderCode(
  wrapped: string,
  secret: string,
  salt: Uint8Array,
  owner: { userId: string; briefId: string },
): Promise<Buffer | undefined> {
  let parsed: z.infer<typeof wrappedSchema>;
  try {
    parsed = wrappedSchema.parse(JSON.parse(wrapped));
  } catch {
    await spendCodeDerivation(secret);
    return undefined;
  }
  const kek = await codeKey(secret, salt, parsed.argon2);
  try {
    return open(kek, parsed.sealed, codeBinding(owner.userId, owner.briefId));
  } catch {
    return undefined;
  }
}

/** The same Argon2id run a real code costs, for a code that finds nothing: no answer comes sooner. */
export async function spendCodeDerivation(secret: string): Promise<void> {
  await codeKey(secret, randomBytes(CODE_SALT_BYTES), CURRENT_PARAMETERS);
}
