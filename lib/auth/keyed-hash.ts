import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
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

/** A keyed hash for looking things up without storing them: a username, a client address. */
export function keyedHash(purpose: "username" | "client", value: string): string {
  return createHmac("sha256", keyFor(purpose)).update(value).digest("hex");
}

/** Usernames are found regardless of case and look-alike Unicode forms. */
export function usernameLookup(username: string): string {
  return keyedHash("username", username.trim().normalize("NFKC").toLowerCase());
}
