import "server-only";
import { isDeepStrictEqual } from "node:util";
import { database } from "../db/database";
import type { DatabaseClient } from "../db/create-database-client";
import {
  getRecord,
  listRecords,
  putRecord,
  singleRecordId,
  StaleSaveError,
  type RecordOwner,
} from "../records/record-store";
import { changePlanValueSchema, type ChangePlanRevision, type ChangePlanValue } from "../plan/plan-schema";
import type { SnapshotMarker } from "../record-kinds/snapshot-marker";
import { listSnapshots, saveWithSnapshot } from "./snapshots";

export type LoadedChangePlan = { id?: string; version: number; value: ChangePlanValue; marker?: SnapshotMarker };
type SaveOptions = {
  reason?: ChangePlanRevision["reason"];
  autosave?: boolean;
  now?: Date;
  /** First keep the change plan as saved now as a snapshot of its own (an import). */
  keepCurrentAs?: "before-import";
};

export async function loadChangePlan(db: DatabaseClient, owner: RecordOwner): Promise<LoadedChangePlan> {
  const [record] = await listRecords(db, owner, "change-plan");
  if (!record) return { version: 0, value: changePlanValueSchema.parse({}) };
  const { snapshots: marker, ...value } = record.value;
  return { id: record.id, version: record.version, value, ...(marker ? { marker } : {}) };
}

/**
 * Saves and keeps a snapshot, unless another tab saved since `expectedVersion`: then what is saved
 * stays untouched and is returned, and the person's own version is kept as a snapshot.
 */
export async function saveChangePlan(
  db: DatabaseClient,
  owner: RecordOwner,
  value: ChangePlanValue,
  expectedVersion: number,
  options: SaveOptions = {},
  loaded?: LoadedChangePlan,
) {
  const now = (options.now ?? new Date()).toISOString();
  const clash = async (saved: LoadedChangePlan) => {
    await putRecord(db, owner, "change-plan-revision", { savedAt: now, reason: "conflict-copy", plan: value });
    return { ok: false as const, saved };
  };
  const current = loaded ?? (await loadChangePlan(db, owner));
  if (current.version !== expectedVersion) return clash(current);
  try {
    const target = { id: current.id ?? singleRecordId(owner, "change-plan"), expectedVersion };
    const revision = { savedAt: now, reason: options.reason ?? "save", plan: value };
    const keepCurrent = options.keepCurrentAs ? { value: current.value, reason: options.keepCurrentAs } : undefined;
    const saved = await saveWithSnapshot(
      db,
      owner,
      "change-plan",
      { value, target, marker: current.marker },
      revision,
      {
        autosave: options.autosave,
        keepCurrent,
      },
    );
    return { ok: true as const, plan: { ...saved, value } };
  } catch (error) {
    if (!(error instanceof StaleSaveError)) throw error;
    return clash(await loadChangePlan(db, owner));
  }
}

/**
 * The change plan's one way to change: load, apply, save with the version check. When
 * `onlyIfChanged` says so (asked after `change`) and nothing is new or stale, nothing is saved.
 * Without `expectedVersion` (a copy brought back), whatever is saved now is replaced.
 */
export async function updateChangePlan(
  owner: RecordOwner,
  plan: {
    expectedVersion?: number;
    change: (saved: ChangePlanValue) => ChangePlanValue;
    onlyIfChanged?: () => boolean;
  } & Omit<SaveOptions, "now">,
  db: DatabaseClient = database(),
) {
  const current = await loadChangePlan(db, owner);
  const value = plan.change(current.value);
  const expectedVersion = plan.expectedVersion ?? current.version;
  if (plan.onlyIfChanged?.() && current.version === expectedVersion && isDeepStrictEqual(value, current.value)) {
    return { result: { ok: true as const, plan: current }, value };
  }
  const options = { reason: plan.reason, autosave: plan.autosave, keepCurrentAs: plan.keepCurrentAs };
  return { result: await saveChangePlan(db, owner, value, expectedVersion, options, current), value };
}

/** Every snapshot of the change plan, newest first. */
export const listChangePlanRevisions = (db: DatabaseClient, owner: RecordOwner) =>
  listSnapshots(db, owner, "change-plan");

export const getChangePlanRevision = (db: DatabaseClient, owner: RecordOwner, id: string) =>
  getRecord(db, owner, "change-plan-revision", id);
