import "server-only";
import { z } from "zod";
import { keyedHash, sameSignature } from "./keyed-hash";

// Made and spent within one request; a minute is generous.
const GRANT_MS = 60_000;

const grantSchema = z.object({ id: z.string(), sessionId: z.string(), sessionKey: z.string(), until: z.number() });
export type Granted = { id: string; sessionId: string; sessionKey: string };

/**
 * A session already started for someone who just proved who they are (a new account, a recovery
 * code), handed to Auth.js's sign-in so it sets the cookie without checking a passphrase again.
 * It never leaves the server; the signature is there in case anything else could reach authorize().
 */
export function signGrant(granted: Granted, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...granted, until: now + GRANT_MS })).toString("base64url");
  return `${payload}.${keyedHash("sign-in-grant", payload)}`;
}

export function readGrant(value: unknown, now = Date.now()): Granted | undefined {
  if (typeof value !== "string" || value.length > 2000) return undefined;
  const [payload = "", signature = ""] = value.split(".");
  if (!sameSignature(signature, keyedHash("sign-in-grant", payload))) return undefined;
  const parsed = grantSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
  if (!parsed.success || parsed.data.until < now) return undefined;
  const { id, sessionId, sessionKey } = parsed.data;
  return { id, sessionId, sessionKey };
}
