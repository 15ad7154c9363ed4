import "server-only";
import { database } from "../db/database";
import type { RecordOwner } from "../records/record-store";
import { getChangePlanRevision, listChangePlanRevisions, loadChangePlan } from "./change-plan-store";
import { historyPage } from "./plan-history";
import { getRevision, listRevisions, loadPlan } from "./plan-store";

// What routes read. The store finds only the signed-in person's own records: another person's id finds nothing.

/** The person's plan, or an empty one at version 0. */
export const planOf = (owner: RecordOwner) => loadPlan(database(), owner);
/** Every snapshot of the plan, newest first. */
export const revisionsOf = (owner: RecordOwner) => listRevisions(database(), owner);
export const revisionOf = (owner: RecordOwner, id: string) => getRevision(database(), owner, id);
/** One page of the history, newest first, each entry saying in one line what that save changed. */
export const historyOf = (owner: RecordOwner, page: number, locale: string) =>
  historyPage(owner, page, database(), locale);
/** The person's change plan, or an empty one at version 0. */
export const changePlanOf = (owner: RecordOwner) => loadChangePlan(database(), owner);
/** Every snapshot of the change plan, newest first. */
export const changePlanRevisionsOf = (owner: RecordOwner) => listChangePlanRevisions(database(), owner);
export const changePlanRevisionOf = (owner: RecordOwner, id: string) => getChangePlanRevision(database(), owner, id);
