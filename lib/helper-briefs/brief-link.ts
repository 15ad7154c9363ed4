/**
 * A brief's link and short code. Pure: runs on the server and in the helper's browser.
 *
 * The link is `${origin}/note#${linkId}.${key}`: everything secret is in the fragment, which
 * browsers never send, so the server and its logs only ever see `/note`.
 */

export const LINK_ID_BYTES = 16;
export const KEY_BYTES = 32;

/** The path a link opens; the part after `#` stays in the helper's browser. */
export const BRIEF_PATH = "/note";

export type BriefLink = { linkId: string; key: string };

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function toBase64url(bytes: Uint8Array): string {
  let output = "";
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index]! << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const characters = Math.ceil((Math.min(3, bytes.length - index) * 8) / 6);
    for (let place = 0; place < characters; place += 1) output += BASE64URL[(chunk >>> (18 - 6 * place)) & 63];
  }
  return output;
}

/** The bytes of unpadded base64url text, or undefined if it is anything else. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let value = 0;
  let bits = 0;
  for (const character of text) {
    value = ((value << 6) | BASE64URL.indexOf(character)) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  // Leftover bits must be zero, so each byte string has exactly one spelling.
  if ((value & ((1 << bits) - 1)) !== 0) return undefined;
  return Uint8Array.from(bytes);
}

function randomBytes(count: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

/** A fresh link id (16 random bytes) and key (32 random bytes), both base64url. */
export function newBriefLink(): BriefLink & { keyBytes: Uint8Array<ArrayBuffer> } {
  const keyBytes = randomBytes(KEY_BYTES);
  return { linkId: toBase64url(randomBytes(LINK_ID_BYTES)), key: toBase64url(keyBytes), keyBytes };
}

export function briefUrl(origin: string, link: BriefLink): string {
  return `${origin.replace(/\/+$/, "")}${BRIEF_PATH}#${link.linkId}.${link.key}`;
}

const decodesTo = (text: string, length: number) => fromBase64url(text)?.length === length;

/** The link id and key from `location.hash` (with or without its `#`), or undefined. */
export function parseFragment(hash: string): BriefLink | undefined {
  const [linkId, key, ...rest] = hash.replace(/^#/, "").split(".");
  if (rest.length > 0 || linkId === undefined || key === undefined) return undefined;
  if (!decodesTo(linkId, LINK_ID_BYTES) || !decodesTo(key, KEY_BYTES)) return undefined;
  return { linkId, key };
}

/** A well-formed link id alone, as the helper's browser posts it. */
export const isLinkId = (text: unknown): text is string => typeof text === "string" && decodesTo(text, LINK_ID_BYTES);

// Crockford's base32: no I, L, O or U, so a code read out or copied by hand is hard to get wrong.
export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LOOKUP_CHARACTERS = 4;
/** 12 characters of 5 bits: 60 secret bits, and each guess costs one Argon2id run. */
export const CODE_SECRET_CHARACTERS = 12;
const CODE_CHARACTERS = CODE_LOOKUP_CHARACTERS + CODE_SECRET_CHARACTERS;

export type BriefCode = { lookup: string; secret: string };

/** A fresh short code, grouped for reading out: XXXX-XXXX-XXXX-XXXX. */
export function newBriefCode(): string {
  // 256 is a multiple of 32, so each byte's low 5 bits are uniform.
  const characters = [...randomBytes(CODE_CHARACTERS)].map((byte) => CODE_ALPHABET[byte & 31]).join("");
  return formatBriefCode(characters);
}

export function formatBriefCode(characters: string): string {
  return characters.match(/.{1,4}/g)?.join("-") ?? "";
}

/** What the helper typed, made canonical: case, spaces, dashes and O→0, I/L→1 forgiven. */
export function normalizeBriefCode(typed: string): BriefCode | undefined {
  if (typed.length > 64) return undefined;
  const characters = typed.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (characters.length !== CODE_CHARACTERS) return undefined;
  if ([...characters].some((character) => !CODE_ALPHABET.includes(character))) return undefined;
  return { lookup: characters.slice(0, CODE_LOOKUP_CHARACTERS), secret: characters.slice(CODE_LOOKUP_CHARACTERS) };
}
