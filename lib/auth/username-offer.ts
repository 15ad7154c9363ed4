import "server-only";
import { randomInt } from "node:crypto";
import type { DatabaseClient } from "../db/create-database-client";
import { keyedHash, sameSignature, usernameLookup } from "./keyed-hash";
import { USERNAME_WORDS } from "./username-words";

/**
 * A username the server offers at sign-up, with its signed token. Nobody picks their own name, so
 * nobody can ask sign-up about a name they know or guessed: it only ever sees names it made up.
 */
export type UsernameOffer = { username: string; token: string; issuedAt: number };

/** Long enough to fill in the form slowly; an offer left on a shared screen stops working after it. */
export const OFFER_MINUTES = 120;

/** Three words and two digits, such as "cedar-lantern-otter-47". */
export function randomUsername(): string {
  const word = () => USERNAME_WORDS[randomInt(USERNAME_WORDS.length)];
  return `${word()}-${word()}-${word()}-${randomInt(10, 100)}`;
}

const signed = (username: string, issuedAt: number): UsernameOffer => {
  const payload = `${username}.${issuedAt}`;
  return { username, issuedAt, token: `${payload}.${keyedHash("username-offer", payload)}` };
};

/** A new offer, of a name no account has (a name drawn at random says nothing about anyone). */
export async function offerUsername(db: DatabaseClient, now = Date.now()): Promise<UsernameOffer> {
  let username = randomUsername();
  for (let draw = 0; draw < 5; draw++) {
    const taken = await db.user.findUnique({
      where: { usernameLookup: usernameLookup(username) },
      select: { id: true },
    });
    if (!taken) break;
    username = randomUsername();
  }
  return signed(username, now);
}

/** The offer a form sent back, if the server made it and it has not run out; otherwise none. */
export function readOffer(token: unknown, now = Date.now()): UsernameOffer | undefined {
  if (typeof token !== "string" || token.length > 200) return undefined;
  const [username = "", issued = "", signature = "", ...rest] = token.split(".");
  if (rest.length > 0 || !/^\d{1,15}$/.test(issued)) return undefined;
  if (!sameSignature(signature, keyedHash("username-offer", `${username}.${issued}`))) return undefined;
  const issuedAt = Number(issued);
  if (issuedAt > now || now - issuedAt > OFFER_MINUTES * 60_000) return undefined;
  return { username, issuedAt, token };
}
