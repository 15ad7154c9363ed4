import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import { browserTokenId } from "./browser-token";
import { forgetTries, giveBackTry, type DoublingLimit, type Limit, type WindowLimit } from "./rate-limit";

/**
 * Wrong passphrases from a browser that has signed in to this account before (OWASP's "device
 * cookie"): counted for that browser alone, so strangers' guesses never hold it back.
 */
export const KNOWN_BROWSER: DoublingLimit = { name: "browser", kind: "doubling", freeTries: 5, maxSeconds: 15 * 60 };
/** Every other browser trying this account, all together, wherever they are. */
export const NEW_BROWSERS: DoublingLimit = { name: "account", kind: "doubling", freeTries: 5, maxSeconds: 15 * 60 };
/** Sign-ins from one client address, on any account, by browsers the accounts do not know. */
export const CLIENT_SIGN_INS: WindowLimit = { name: "client", kind: "window", tries: 30, windowSeconds: 15 * 60 };
/** New accounts from one client address: each costs an Argon2 run of 64 MiB. */
export const SIGN_UPS: WindowLimit = { name: "sign-up", kind: "window", tries: 20, windowSeconds: 60 * 60 };
/**
 * Recovery codes tried from one client address. Never per account: a code has 160 random bits,
 * so nobody can guess it, and strangers must not be able to close the owner's way back in.
 */
export const RECOVERIES: WindowLimit = { name: "recover", kind: "window", tries: 30, windowSeconds: 15 * 60 };
/** A signed-in browser typing the passphrase again, to change it or to delete the account. */
export const CONFIRMATIONS: DoublingLimit = { name: "confirm", kind: "doubling", freeTries: 5, maxSeconds: 15 * 60 };

export type SignInFrom = { clientKey: string; browserToken?: string };

/** Which counters a sign-in to the account with this lookup is held to, from this browser. */
export function signInCounters(lookup: string, from: SignInFrom): [Limit, string][] {
  const tokenId = browserTokenId(from.browserToken, lookup);
  if (tokenId) return [[KNOWN_BROWSER, `${lookup}:${tokenId}`]];
  return [
    [CLIENT_SIGN_INS, from.clientKey],
    [NEW_BROWSERS, lookup],
  ];
}

/**
 * After a right passphrase the account's counters start again; the client's try is given back,
 * so people sharing one address (a shelter, a family) only ever spend it on wrong passphrases.
 */
export async function settleRightSignIn(db: DatabaseClient, counters: [Limit, string][]): Promise<void> {
  for (const [limit, key] of counters) {
    if (limit.kind === "doubling") await forgetTries(db, limit, key);
    else await giveBackTry(db, limit, key);
  }
}

/** The counter for passphrases typed again in one signed-in session; it names the account, so it goes with it. */
export const confirmationKey = (lookup: string, sessionRowId: string) => `${lookup}:${sessionRowId}`;
