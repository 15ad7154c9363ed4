import "server-only";
import { hkdfSync } from "node:crypto";
import { open, seal, type Binding } from "./envelope";

/** Who a token is for: one person, in one signed-in session. */
export type TokenHolder = { userId: string; dataKey: Buffer; sessionRowId: string };

const keyFor = (holder: TokenHolder, purpose: string) =>
  Buffer.from(hkdfSync("sha256", holder.dataKey, Buffer.alloc(0), `safe-harbour session token v1 ${purpose}`, 32));
const bindingFor = (holder: TokenHolder, purpose: string): Binding => ({
  userId: holder.userId,
  recordId: holder.sessionRowId,
  purpose: `session-token:${purpose}`,
});

/**
 * Seals a value for the page to hold and send back: only this session of this person can open it
 * (the key comes from their data key, which the server holds only while they are signed in), and
 * nothing of it is stored anywhere.
 */
export function sealForSession(holder: TokenHolder, purpose: string, value: unknown): string {
  return seal(keyFor(holder, purpose), Buffer.from(JSON.stringify(value)), bindingFor(holder, purpose));
}

/** What `sealForSession` sealed for this session and purpose; undefined for anything else. */
export function openForSession(holder: TokenHolder, purpose: string, token: string): unknown {
  try {
    return JSON.parse(open(keyFor(holder, purpose), token, bindingFor(holder, purpose)).toString("utf8"));
  } catch {
    return undefined;
  }
}
