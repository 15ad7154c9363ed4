import "server-only";
import { isDeepStrictEqual } from "node:util";
import { database } from "../db/database";
import type { DatabaseClient } from "../db/create-database-client";
import { listRecords, putRecord, singleRecordId, StaleSaveError, type RecordOwner } from "../records/record-store";
import { changePlanValueSchema, type ChangePlanValue } from "../plan/plan-schema";

export type LoadedChangePlan = { id?: string; version: number; value: ChangePlanValue };

export async function loadChangePlan(db: DatabaseClient, owner: RecordOwner): Promise<LoadedChangePlan> {
  const [record] = await listRecords(db, owner, "change-plan");
  return record
    ? { id: record.id, version: record.version, value: record.value }
    : { version: 0, value: changePlanValueSchema.parse({}) };
}

/** Saves unless another tab saved since `expectedVersion`; then returns what is saved, untouched. */
export async function saveChangePlan(
  db: DatabaseClient,
  owner: RecordOwner,
  value: ChangePlanValue,
  expectedVersion: number,
) {
  const current = await loadChangePlan(db, owner);
  if (current.version !== expectedVersion) return { ok: false as const, saved: current };
  try {
    const saved = await putRecord(db, owner, "change-plan", value, {
      id: current.id ?? singleRecordId(owner, "change-plan"),
      expectedVersion,
    });
    return { ok: true as const, plan: { ...saved, value } };
  } catch (error) {
    if (!(error instanceof StaleSaveError)) throw error;
    return { ok: false as const, saved: await loadChangePlan(db, owner) };
  }
}

/**
 * The change plan's one way to change: load, apply, save with the version check. When
 * `onlyIfChanged` says so (asked after `change`) and nothing is new or stale, nothing is saved.
 */
export async function updateChangePlan(
  owner: RecordOwner,
  plan: { expectedVersion: number; change: (saved: ChangePlanValue) => ChangePlanValue; onlyIfChanged?: () => boolean },
  db: DatabaseClient = database(),
) {
  const current = await loadChangePlan(db, owner);
  const value = plan.change(current.value);
  if (plan.onlyIfChanged?.() && current.version === plan.expectedVersion && isDeepStrictEqual(value, current.value)) {
    return { result: { ok: true as const, plan: current }, value };
  }
  return { result: await saveChangePlan(db, owner, value, plan.expectedVersion), value };
}
