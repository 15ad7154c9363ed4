import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { serverConfig } from "../config/server-config";
import { sessionCookieName } from "./auth";

/** What the session cookie holds: our session id and the per-session key, nothing else. */
export type SessionCookie = { sessionId: string; sessionKey: string };

/**
 * `work` done once per request and session cookie. The cookie jar is the request's own object
 * (in a server action and in the page drawn after it alike, where React's `cache` does not reach);
 * keying by the cookie's value as well means a sign-in or sign-out within the request is seen.
 */
export function oncePerSessionCookie<T>(work: (token: string | undefined) => Promise<T>): () => Promise<T> {
  const done = new WeakMap<object, Map<string, Promise<T>>>();
  return async () => {
    const jar = await cookies();
    const token = jar.get(sessionCookieName(serverConfig().secureCookies))?.value;
    const byToken = done.get(jar) ?? new Map<string, Promise<T>>();
    done.set(jar, byToken);
    const key = token ?? "";
    const known = byToken.get(key);
    if (known) return known;
    const result = work(token);
    byToken.set(key, result);
    return result;
  };
}

async function decodeSessionCookie(token: string | undefined): Promise<SessionCookie | null> {
  if (!token) return null;
  const config = serverConfig();
  // Auth.js's own decryption of its cookie, without its session endpoint (which would also seal a new one).
  const payload = await decode<{ sessionId?: unknown; sessionKey?: unknown }>({
    token,
    secret: config.authSecret,
    salt: sessionCookieName(config.secureCookies),
  }).catch(() => null);
  if (typeof payload?.sessionId !== "string" || typeof payload.sessionKey !== "string") return null;
  return { sessionId: payload.sessionId, sessionKey: payload.sessionKey };
}

/** The one place the session cookie is decrypted: once per request, whoever asks. */
export const readSessionCookie = oncePerSessionCookie(decodeSessionCookie);
