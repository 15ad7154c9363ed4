import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import { createAccount } from "./accounts";
import { SIGN_UPS } from "./limits";
import { takeTry } from "./rate-limit";
import { offerUsername, readOffer, type UsernameOffer } from "./username-offer";

export type SignUpOutcome =
  | {
      ok: true;
      username: string;
      userId: string;
      lookup: string;
      dataKey: Buffer;
      recoveryCode: string;
      previousSignInAt: null;
    }
  /** The offer ran out, was not ours, or was used a moment ago: here is a new one. */
  | { ok: false; reason: "offer-gone"; offer: UsernameOffer }
  | { ok: false; reason: "wait"; seconds: number };

/**
 * Makes an account under the username the server offered. The try is counted for the client
 * before the Argon2 work. An offer that was used already costs the same work as a fresh one (so
 * its answer comes no sooner), and gets the same answer as one that ran out.
 */
export async function signUpWithOffer(
  db: DatabaseClient,
  offerToken: string,
  passphrase: string,
  clientKey: string,
  now = Date.now(),
): Promise<SignUpOutcome> {
  const offered = readOffer(offerToken, now);
  if (!offered) return { ok: false, reason: "offer-gone", offer: await offerUsername(db, now) };
  const allowed = await takeTry(db, SIGN_UPS, clientKey);
  if (!allowed.ok) return { ok: false, reason: "wait", seconds: allowed.seconds };
  const created = await createAccount(db, offered.username, passphrase);
  if (!created.ok) return { ok: false, reason: "offer-gone", offer: await offerUsername(db, now) };
  return { ...created, username: offered.username };
}
