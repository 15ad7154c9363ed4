import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { siteRoutes } from "../site/site-routes";
import { currentSession, sessionInJar } from "./current-session";
import type { SignedIn } from "./sessions";

export { sessionInJar as sessionInCookieJar } from "./current-session";

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
  const session = (await currentSession()) ?? (await sessionInJar());
  if (session) return session;
  if (await answersFormPost()) return null;
  redirect(siteRoutes.signIn.href);
}

/** The same, for a page that first says what it is: signed out, a visit is drawn as that introduction. */
export async function sessionFormPostOrIntro(): Promise<SignedIn | null | "intro"> {
  const session = (await currentSession()) ?? (await sessionInJar());
  if (session) return session;
  return (await answersFormPost()) ? null : "intro";
}
