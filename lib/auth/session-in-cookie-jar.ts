import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { serverConfig } from "../config/server-config";
import { database } from "../db/database";
import { siteRoutes } from "../site/site-routes";
import { sessionCookieName } from "./auth";
import { currentSession } from "./current-session";
import { resolveSession, type SignedIn } from "./sessions";

/**
 * The signed-in person, read from the cookie jar rather than from the request's Cookie header. The
 * two differ only after a sign-in earlier in this same request (a form that signs in and saves):
 * the new cookie is already in the jar, and Next hands the jar on to the page drawn after an action.
 */
export async function sessionInCookieJar(): Promise<SignedIn | null> {
  const config = serverConfig();
  const name = sessionCookieName(config.secureCookies);
  const token = (await cookies()).get(name)?.value;
  if (!token) return null;
  const payload = await decode<{ sessionId?: unknown; sessionKey?: unknown }>({
    token,
    secret: config.authSecret,
    salt: name,
  }).catch(() => null);
  if (typeof payload?.sessionId !== "string" || typeof payload.sessionKey !== "string") return null;
  return (await resolveSession(database(), payload.sessionId, payload.sessionKey)) ?? null;
}

/** A form post, with or without JavaScript; a plain visit to a page sends no body. */
async function answersFormPost(): Promise<boolean> {
  const type = (await headers()).get("content-type") ?? "";
  return /^(multipart\/form-data|application\/x-www-form-urlencoded|text\/plain)\b/i.test(type);
}

/**
 * For a page that holds a form. Signed out, a visit goes to the sign-in page as before; but the page
 * drawn in answer to the form's own post is drawn without a session (null) instead, so the form can
 * show what the person typed and offer to sign in and save, rather than losing it in a redirect.
 */
export async function sessionOrFormPost(): Promise<SignedIn | null> {
  const session = (await currentSession()) ?? (await sessionInCookieJar());
  if (session) return session;
  if (await answersFormPost()) return null;
  redirect(siteRoutes.signIn.href);
}

/** The same, for a page that first says what it is: signed out, a visit is drawn as that introduction. */
export async function sessionFormPostOrIntro(): Promise<SignedIn | null | "intro"> {
  const session = (await currentSession()) ?? (await sessionInCookieJar());
  if (session) return session;
  return (await answersFormPost()) ? null : "intro";
}
