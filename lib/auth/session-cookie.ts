import "server-only";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { serverConfig } from "../config/server-config";
import { sessionCookieName } from "./auth";

/** What the session cookie holds: our session id and the per-session key, nothing else. */
export type SessionCookie = { sessionId: string; sessionKey: string };

/**
 * Where the cookie is read: the request's Cookie header (what the browser sent), or the cookie jar,
 * which after a sign-in earlier in the same request already holds the new cookie.
 */
export type CookieSource = "request" | "jar";

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/**
 * `work` done once per request and session cookie value. The request's headers object is the
 * request's own (in a server action and in the page drawn after it alike, where React's `cache`
 * does not reach); keying by the cookie's value as well means a sign-in within the request is seen.
 */
export function oncePerSessionCookie<T>(
  work: (token: string | undefined) => Promise<T>,
  from: CookieSource = "request",
): () => Promise<T> {
  const done = new WeakMap<object, Map<string, Promise<T>>>();
  return async () => {
    const request = await headers();
    const name = sessionCookieName(serverConfig().secureCookies);
    const token = from === "jar" ? (await cookies()).get(name)?.value : cookieValue(request.get("cookie"), name);
    const byToken = done.get(request) ?? new Map<string, Promise<T>>();
    done.set(request, byToken);
    const known = byToken.get(token ?? "");
    if (known) return known;
    const result = work(token);
    byToken.set(token ?? "", result);
    return result;
  };
}

const decodeOnce = new WeakMap<object, Map<string, Promise<SessionCookie | null>>>();

/** The one place the session cookie is decrypted: once per request and cookie value, whoever asks. */
export async function readSessionCookie(token: string | undefined): Promise<SessionCookie | null> {
  if (!token) return null;
  const request = await headers();
  const byToken = decodeOnce.get(request) ?? new Map<string, Promise<SessionCookie | null>>();
  decodeOnce.set(request, byToken);
  const known = byToken.get(token);
  if (known) return known;
  const result = decodeSessionCookie(token);
  byToken.set(token, result);
  return result;
}

async function decodeSessionCookie(token: string): Promise<SessionCookie | null> {
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
