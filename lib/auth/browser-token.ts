import "server-only";
import { randomBytes } from "node:crypto";
import { keyedHash, sameSignature } from "./keyed-hash";

/** A token saying "this browser signed in to the account with this lookup": a random id, signed. */
export function newBrowserToken(lookup: string): string {
  const id = randomBytes(16).toString("base64url");
  return `${id}.${keyedHash("browser", `${lookup}.${id}`)}`;
}

/** The token's id if the server made it for this account; otherwise (another account's, forged) none. */
export function browserTokenId(token: string | undefined, lookup: string): string | undefined {
  if (!token || token.length > 200) return undefined;
  const [id, signature, ...rest] = token.split(".");
  if (!id || !signature || rest.length > 0) return undefined;
  return sameSignature(signature, keyedHash("browser", `${lookup}.${id}`)) ? id : undefined;
}
