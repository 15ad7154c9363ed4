import "server-only";
import { CredentialsSignin } from "next-auth";
import { signIn } from "./auth";
import { waitMessage } from "./rate-limit";

export const WRONG_SIGN_IN = "That username and passphrase do not match an account. Check them and try again.";

/** Signs in through Auth.js, which sets the session cookie. Returns the message to show if refused. */
export async function startSignedIn(username: string, passphrase: string): Promise<string | undefined> {
  try {
    await signIn("credentials", { username, passphrase, redirect: false });
    return undefined;
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    const wait = /^wait:(\d+)$/.exec(error.code);
    return wait ? waitMessage(Number(wait[1])) : WRONG_SIGN_IN;
  }
}
