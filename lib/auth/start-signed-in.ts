import "server-only";
import { CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { database } from "../db/database";
import { signIn } from "./auth";
import { browserFamilyOf } from "./browser-family";
import { usernameLookup } from "./keyed-hash";
import { rememberThisBrowser } from "./known-browser";
import { tooManyTries } from "./account-words";
import { signGrant } from "./sign-in-grant";
import { beginSession } from "./sessions";
import { endSessionCookieWithBrowser } from "./site-cookies";

/**
 * Signs in through Auth.js, which sets the session cookie. Returns the message to show if refused,
 * in the reader's language (messages/<locale>/account.json, "problems").
 */
export async function startSignedIn(username: string, passphrase: string): Promise<string | undefined> {
  try {
    await signIn("credentials", { username, passphrase, redirect: false });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    const wait = /^wait:(\d+)$/.exec(error.code);
    if (wait) return tooManyTries(Number(wait[1]));
    return (await getTranslations("account.problems"))("wrongSignIn");
  }
  await signedInHere(usernameLookup(username));
}

type Proven = { userId: string; lookup: string; dataKey: Buffer; previousSignInAt: Date | null };

/**
 * Signs in someone who has just made their account or used their recovery code, without asking
 * for the passphrase again (no second Argon2 run, and no counter that other people filled).
 */
export async function startSignedInAs(proven: Proven): Promise<string | undefined> {
  const browser = browserFamilyOf((await headers()).get("user-agent"));
  const session = await beginSession(database(), proven.userId, proven.dataKey, proven.previousSignInAt, browser);
  try {
    await signIn("credentials", { grant: signGrant({ id: proven.userId, ...session }), redirect: false });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    return (await getTranslations("account.problems"))("notSignedIn");
  }
  await signedInHere(proven.lookup);
}

/** The session cookie ends with the browser; the browser is remembered as one this account uses. */
async function signedInHere(lookup: string): Promise<void> {
  await endSessionCookieWithBrowser();
  await rememberThisBrowser(lookup);
}
