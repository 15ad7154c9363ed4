import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import {
  getRecord,
  listRecords,
  putRecord,
  singleRecordId,
  StaleSaveError,
  type RecordOwner,
} from "../records/record-store";
import { planValueSchema, type PlanRevision, type PlanValue } from "../plan/plan-schema";
import type { SnapshotMarker } from "../record-kinds/snapshot-marker";
import { listSnapshots, saveWithSnapshot } from "./snapshots";

/** `marker` says which snapshot the last autosave wrote, so a save need not open the history. */
export type LoadedPlan = { id?: string; version: number; value: PlanValue; marker?: SnapshotMarker };
export type SaveResult =
  { ok: true; plan: LoadedPlan } | { ok: false; conflict: { saved: LoadedPlan; mine: PlanValue } };

export type SaveOptions = {
  autosave?: boolean;
  now?: Date;
  /** First keep the plan as saved now as a snapshot of its own, in the same transaction (a restore, an import). */
  keepCurrentAs?: "before-restore" | "before-import";
  /** For a restore: when the version brought back had been saved. */
  restoredFrom?: string;
};

/** The person's plan, or an empty one (version 0) if they have not saved anything yet. */
export async function loadPlan(db: DatabaseClient, owner: RecordOwner): Promise<LoadedPlan> {
  const [record] = await listRecords(db, owner, "plan");
  if (!record) return { version: 0, value: planValueSchema.parse({}) };
  const { snapshots: marker, ...value } = record.value;
  return { id: record.id, version: record.version, value, ...(marker ? { marker } : {}) };
}

/**
 * Saves the plan if nobody else saved since `expectedVersion`, and keeps a snapshot. When someone
 * did, nothing is overwritten: the person's version is kept as a snapshot and both are returned.
 */
export async function savePlan(
  db: DatabaseClient,
  owner: RecordOwner,
  value: PlanValue,
  expectedVersion: number,
  reason: PlanRevision["reason"] = "save",
  options: SaveOptions = {},
): Promise<SaveResult> {
  return saveOver(db, owner, await loadPlan(db, owner), value, expectedVersion, reason, options);
}

/** `savePlan` over the plan as the caller has just loaded it, so it is not read again. */
export async function saveOver(
  db: DatabaseClient,
  owner: RecordOwner,
  current: LoadedPlan,
  value: PlanValue,
  expectedVersion: number,
  reason: PlanRevision["reason"] = "save",
  options: SaveOptions = {},
): Promise<SaveResult> {
  const now = options.now ?? new Date();
  if (current.version !== expectedVersion) return conflict(db, owner, current, value, now);
  try {
    const target = { id: current.id ?? singleRecordId(owner, "plan"), expectedVersion };
    const restored = options.restoredFrom ? { restoredFrom: options.restoredFrom } : {};
    const revision = { savedAt: now.toISOString(), reason, ...restored, plan: value };
    const keepCurrent = options.keepCurrentAs ? { value: current.value, reason: options.keepCurrentAs } : undefined;
    const saved = await saveWithSnapshot(db, owner, "plan", { value, target, marker: current.marker }, revision, {
      autosave: options.autosave,
      keepCurrent,
    });
    return { ok: true, plan: { ...saved, value } };
  } catch (error) {
    if (!(error instanceof StaleSaveError)) throw error;
    return conflict(db, owner, await loadPlan(db, owner), value, now);
  }
}

async function conflict(
  db: DatabaseClient,
  owner: RecordOwner,
  saved: LoadedPlan,
  mine: PlanValue,
  now: Date,
): Promise<SaveResult> {
  const copy = { savedAt: now.toISOString(), reason: "conflict-copy" as const, plan: mine };
  await putRecord(db, owner, "plan-revision", copy, undefined, now);
  return { ok: false, conflict: { saved, mine } };
}

/** Every snapshot, newest first. */
export function listRevisions(db: DatabaseClient, owner: RecordOwner) {
  return listSnapshots(db, owner, "plan");
}

export function getRevision(db: DatabaseClient, owner: RecordOwner, id: string) {
  return getRecord(db, owner, "plan-revision", id);
}
