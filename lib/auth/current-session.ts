import "server-only";
import { database } from "../db/database";
import { oncePerSessionCookie, readSessionCookie, type CookieSource } from "./session-cookie";
import { resolveSession, type SignedIn } from "./sessions";

const signedInFrom = (from: CookieSource) =>
  oncePerSessionCookie(async (token): Promise<SignedIn | null> => {
    const cookie = await readSessionCookie(token);
    if (!cookie) return null;
    return (await resolveSession(database(), cookie.sessionId, cookie.sessionKey)) ?? null;
  }, from);

/** The signed-in person for this request, as the browser's cookie says, or null. Resolved once per request. */
export const currentSession = signedInFrom("request");

/**
 * The signed-in person as the cookie jar says now. It differs from `currentSession` only after a
 * sign-in earlier in this same request (a form that signs in and saves): the new cookie is already
 * in the jar, and Next hands the jar on to the page drawn after an action.
 */
export const sessionInJar = signedInFrom("jar");

/** The id in the cookie, for ending the session even when it has already timed out. */
export const currentSessionId = oncePerSessionCookie(async (token) => (await readSessionCookie(token))?.sessionId);
