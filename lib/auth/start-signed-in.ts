import "server-only";
import { CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { database } from "../db/database";
import { signIn } from "./auth";
import { browserFamilyOf } from "./browser-family";
import { usernameLookup } from "./keyed-hash";
import { rememberThisBrowser } from "./known-browser";
import { waitMessage } from "./rate-limit";
import { signGrant } from "./sign-in-grant";
import { beginSession } from "./sessions";
import { endSessionCookieWithBrowser } from "./site-cookies";

export const WRONG_SIGN_IN = "That username and passphrase do not match an account. Check them and try again.";
export const NOT_SIGNED_IN =
  "Your account is ready, but we could not sign you in just now. Please sign in with your username and passphrase.";

/** Signs in through Auth.js, which sets the session cookie. Returns the message to show if refused. */
export async function startSignedIn(username: string, passphrase: string): Promise<string | undefined> {
  try {
    await signIn("credentials", { username, passphrase, redirect: false });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    const wait = /^wait:(\d+)$/.exec(error.code);
    return wait ? waitMessage(Number(wait[1])) : WRONG_SIGN_IN;
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
    return NOT_SIGNED_IN;
  }
  await signedInHere(proven.lookup);
}

/** The session cookie ends with the browser; the browser is remembered as one this account uses. */
async function signedInHere(lookup: string): Promise<void> {
  await endSessionCookieWithBrowser();
  await rememberThisBrowser(lookup);
}
