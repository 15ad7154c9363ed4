import "server-only";
import { database } from "../db/database";
import { listRecords, type RecordOwner } from "../records/record-store";
import type { PlanKind } from "../settings/plan-kind";
import { savePlanKind } from "../settings/plan-kind-store";
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
  /** Makes the account, then keeps which plan the person chose, encrypted under their new data key. */
  signUp: async (offerToken: string, passphrase: string, clientKey: string, planKind: PlanKind) => {
    const outcome = await signUpWithOffer(database(), offerToken, passphrase, clientKey);
    // The recovery code must reach the person whatever happens here: without the record, it is a safety plan.
    if (outcome.ok)
      await savePlanKind(database(), outcome, planKind).catch(() =>
        console.error("Could not keep the plan chosen at sign-up; the account offers the safety plan."),
      );
    return outcome;
  },
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
