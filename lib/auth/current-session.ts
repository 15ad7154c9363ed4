import "server-only";
import { database } from "../db/database";
import { oncePerSessionCookie, readSessionCookie } from "./session-cookie";
import { resolveSession, type SignedIn } from "./sessions";

/** The signed-in person for this request, or null. Resolved once per request (one read of the session). */
export const currentSession = oncePerSessionCookie(async (): Promise<SignedIn | null> => {
  const cookie = await readSessionCookie();
  if (!cookie) return null;
  return (await resolveSession(database(), cookie.sessionId, cookie.sessionKey)) ?? null;
});

/** The id in the cookie, for ending the session even when it has already timed out. */
export async function currentSessionId(): Promise<string | undefined> {
  return (await readSessionCookie())?.sessionId;
}
