import "server-only";
import { cache } from "react";
import { database } from "../db/database";
import { auth } from "./auth";
import { resolveSession, type SignedIn } from "./sessions";

/** The signed-in person for this request, or null. Resolved once per request. */
export const currentSession = cache(async (): Promise<SignedIn | null> => {
  const session = await auth();
  if (!session?.sessionId || !session.sessionKey) return null;
  return (await resolveSession(database(), session.sessionId, session.sessionKey)) ?? null;
});

/** The id in the cookie, for ending the session even when it has already timed out. */
export async function currentSessionId(): Promise<string | undefined> {
  return (await auth())?.sessionId;
}
