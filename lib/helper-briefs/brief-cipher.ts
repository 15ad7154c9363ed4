import { briefContentSchema, type BriefContent } from "./brief-content";
import { fromBase64url } from "./brief-link";

/**
 * The brief's ciphertext layout, shared by the server (lib/crypto/brief-keys.ts) and the helper's
 * browser: base64url of iv (12 bytes) || ciphertext || tag (16 bytes), AES-256-GCM, this AAD.
 */
export const BRIEF_AAD = "safe-harbour brief v1";
export const BRIEF_IV_BYTES = 12;
export const BRIEF_TAG_BYTES = 16;

/**
 * Opens a sealed brief with WebCrypto, as a browser does; undefined for any failure (wrong key,
 * tampered text, content that is not a brief). The helper page's inline script does the same.
 */
export async function openSealedBrief(sealed: string, key: string): Promise<BriefContent | undefined> {
  const data = fromBase64url(sealed);
  const keyBytes = fromBase64url(key);
  if (!data || !keyBytes || keyBytes.length !== 32 || data.length < BRIEF_IV_BYTES + BRIEF_TAG_BYTES) return undefined;
  try {
    const subtle = globalThis.crypto.subtle;
    const cryptoKey = await subtle.importKey("raw", keyBytes, "AES-GCM", false, ["decrypt"]);
    const plaintext = await subtle.decrypt(
      { name: "AES-GCM", iv: data.slice(0, BRIEF_IV_BYTES), additionalData: new TextEncoder().encode(BRIEF_AAD) },
      cryptoKey,
      data.slice(BRIEF_IV_BYTES),
    );
    const parsed = briefContentSchema.safeParse(JSON.parse(new TextDecoder().decode(plaintext)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
