import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import { database } from "../db/database";
import { getRecord, listRecords, singleRecordId, type RecordOwner } from "../records/record-store";
import type { PlanKind } from "./plan-kind";
import { replaceSingleRecord } from "./replace-single-record";

/**
 * The plan the person chose. An account made before the choice was asked has none: it is a change
 * plan only if that is the only plan it holds.
 */
export async function loadPlanKind(db: DatabaseClient, owner: RecordOwner): Promise<PlanKind> {
  const chosen = await getRecord(db, owner, "plan-kind", singleRecordId(owner, "plan-kind"));
  if (chosen) return chosen.value.kind;
  const [changePlans, plans] = await Promise.all([
    listRecords(db, owner, "change-plan"),
    listRecords(db, owner, "plan"),
  ]);
  return changePlans.length > 0 && plans.length === 0 ? "change" : "safety";
}

export const savePlanKind = (db: DatabaseClient, owner: RecordOwner, kind: PlanKind) =>
  replaceSingleRecord(db, owner, "plan-kind", { kind });

/** The same, each call finding its own database, for routes (which never hold a database client). */
export const planKindStore = {
  of: (owner: RecordOwner) => loadPlanKind(database(), owner),
  save: (owner: RecordOwner, kind: PlanKind) => savePlanKind(database(), owner, kind),
};
