import "server-only";
import { hkdfSync, randomBytes } from "node:crypto";

// Crockford's base32: no I, L, O or U, so a code copied by hand is hard to get wrong.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_BYTES = 20; // 160 bits
const CODE_CHARACTERS = 32;
const GROUP = 4;

/** A new one-time recovery code, grouped for writing down: XXXX-XXXX-… (8 groups). */
export function newRecoveryCode(): string {
  return formatRecoveryCode(encode(randomBytes(CODE_BYTES)));
}

export function formatRecoveryCode(characters: string): string {
  return characters.match(new RegExp(`.{1,${GROUP}}`, "g"))?.join("-") ?? "";
}

/** What the person typed, made canonical: case, spaces and look-alike letters forgiven. */
export function normalizeRecoveryCode(typed: string): string | undefined {
  const characters = typed.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (characters.length !== CODE_CHARACTERS) return undefined;
  if ([...characters].some((character) => !ALPHABET.includes(character))) return undefined;
  return characters;
}

/** The key that wraps a second copy of the data key. The code is random enough for HKDF alone. */
export function recoveryKey(normalizedCode: string, salt: Uint8Array): Buffer {
  return Buffer.from(hkdfSync("sha256", Buffer.from(normalizedCode), salt, "safe-harbour recovery key v1", 32));
}

function encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let output = "";
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      output += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return output;
}
