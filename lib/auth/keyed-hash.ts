import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { serverConfig } from "../config/server-config";

const keys = new Map<string, Buffer>();

function keyFor(purpose: string): Buffer {
  let key = keys.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", serverConfig().authSecret, Buffer.alloc(0), `safe-harbour ${purpose} v1`, 32));
    keys.set(purpose, key);
  }
  return key;
}

/**
 * A keyed hash: for looking things up without storing them (a username, a client address), and
 * for signing what the server hands out and must get back unchanged (a browser's token, a
 * username offer, a sign-in grant). Each purpose has its own key.
 */
export function keyedHash(
  purpose: "username" | "client" | "browser" | "username-offer" | "sign-in-grant" | "brief-code",
  value: string,
): string {
  return createHmac("sha256", keyFor(purpose)).update(value).digest("hex");
}

/** Whether a signature made by keyedHash is the one expected, in constant time. */
export function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Usernames are found regardless of case and look-alike Unicode forms, and spaces typed in place
 * of the dashes of an offered username find it too (no username could ever hold a space).
 */
export function usernameLookup(username: string): string {
  return keyedHash("username", username.trim().normalize("NFKC").toLowerCase().replace(/\s+/g, "-"));
}
