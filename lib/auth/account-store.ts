import "server-only";
import { database } from "../db/database";
import { listRecords, type RecordOwner } from "../records/record-store";
import { changePassphrase, deleteAccount, recoverAccount } from "./accounts";
import { endAllSessions, listSessions } from "./sessions";
import { signUpWithOffer } from "./sign-up";
import { offerUsername } from "./username-offer";

/**
 * What account routes ask of storage, each call finding its own database: routes hand over the
 * session and the parsed input, never a database client.
 */
export const accountStore = {
  offerUsername: () => offerUsername(database()),
  signUp: (offerToken: string, passphrase: string, clientKey: string) =>
    signUpWithOffer(database(), offerToken, passphrase, clientKey),
  recover: (username: string, recoveryCode: string, passphrase: string, clientKey: string) =>
    recoverAccount(database(), username, recoveryCode, passphrase, clientKey),
  changePassphrase: (userId: string, current: string, next: string, sessionRowId: string) =>
    changePassphrase(database(), userId, current, next, sessionRowId),
  deleteAccount: (userId: string, passphrase: string, sessionRowId: string) =>
    deleteAccount(database(), userId, passphrase, sessionRowId),
  /** The username as the person chose it, kept only in their own encrypted profile record. */
  usernameOf: async (owner: RecordOwner) => (await listRecords(database(), owner, "profile"))[0]?.value.username,
  /** The person's sessions, each with the browser family it signed in from (sealed under their data key). */
  listSessions: (owner: RecordOwner) => listSessions(database(), owner),
  endAllSessions: (userId: string) => endAllSessions(database(), userId),
  /** Whether the session row belongs to this person: another person's id is never theirs to end. */
  ownsSession: async (userId: string, sessionRowId: string) =>
    (await database().session.count({ where: { id: sessionRowId, userId } })) === 1,
  endSessionRow: async (sessionRowId: string) =>
    (await database().session.deleteMany({ where: { id: sessionRowId } })).count,
};
