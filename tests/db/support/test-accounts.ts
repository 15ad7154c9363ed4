import { randomBytes } from "node:crypto";
import { createAccount } from "@/lib/auth/accounts";
import { newBrowserToken } from "@/lib/auth/browser-token";
import { usernameLookup } from "@/lib/auth/keyed-hash";
import type { SignInFrom } from "@/lib/auth/limits";
import { unlockWithRecoveryCode } from "@/lib/crypto/key-hierarchy";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import type { RecordOwner } from "@/lib/records/record-store";

export type TestAccount = {
  userId: string;
  username: string;
  passphrase: string;
  recoveryCode: string;
  /** The user's id and data key, as a signed-in session would hand them to the record store. */
  owner: RecordOwner;
};

const unique = () => randomBytes(6).toString("hex");

/** A client key such as clientKeyFrom() makes from a request: one per simulated address. */
export const newClientKey = () => `client-${unique()}`;

/** A browser that has never signed in to the account, at an address of its own. */
export const newBrowser = (clientKey = newClientKey()): SignInFrom => ({ clientKey });

/** A browser that signed in to (or made) this account before: it holds the account's token. */
export const knownBrowser = (account: { username: string }, clientKey = newClientKey()): SignInFrom => ({
  clientKey,
  browserToken: newBrowserToken(usernameLookup(account.username)),
});

/**
 * Signs up through createAccount with a username and passphrase no other test uses. The data key
 * is opened with the recovery code (no Argon2), so only tests about sign-in pay for a derivation.
 */
export async function signUp(db: DatabaseClient, label = "Harbour"): Promise<TestAccount> {
  const username = `${label}-${unique()}`;
  const passphrase = `quiet lantern over the tide ${unique()}`;
  const created = await createAccount(db, username, passphrase);
  if (!created.ok) throw new Error(`Sign-up refused: ${created.reason}`);
  const user = await db.user.findUniqueOrThrow({ where: { id: created.userId } });
  const dataKey = unlockWithRecoveryCode(user.id, created.recoveryCode, {
    recoverySalt: Buffer.from(user.recoverySalt),
    dataKeyUnderRecovery: user.dataKeyUnderRecovery,
  });
  if (!dataKey) throw new Error("The new recovery code does not open the data key.");
  return {
    userId: user.id,
    username,
    passphrase,
    recoveryCode: created.recoveryCode,
    owner: { userId: user.id, dataKey },
  };
}

/** How many rows of each table belong to a user; rate-limit rows count if they name the username. */
export async function rowsOfUser(db: DatabaseClient, userId: string, usernameLookup: string) {
  return {
    users: await db.user.count({ where: { id: userId } }),
    sessions: await db.session.count({ where: { userId } }),
    records: await db.record.count({ where: { userId } }),
    helperBriefs: await db.helperBrief.count({ where: { userId } }),
    rateLimits: await db.rateLimit.count({ where: { key: { contains: usernameLookup } } }),
  };
}
