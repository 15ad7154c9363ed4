import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import { decidedBefore, keepingDue, versionsToLetGo } from "../plan/snapshot-keeping";
import type { RecordValue } from "../record-kinds/record-kinds";
import type { SnapshotMarker } from "../record-kinds/snapshot-marker";
import {
  deleteRecords,
  listRecords,
  listRecordTimes,
  putRecord,
  replaceRecordIfAt,
  type RecordOwner,
} from "../records/record-store";

/** The two plans, each with the kind its snapshots are kept as. */
type PlanKindOfRecord = "plan" | "change-plan";
type SnapshotKind<P extends PlanKindOfRecord> = `${P}-revision`;
type Snapshot<P extends PlanKindOfRecord> = RecordValue<SnapshotKind<P>>;

// Autosaves this close together update one snapshot (one an autosave made) instead of making a new one each time.
const COALESCE_MS = 2 * 60_000;

export type SnapshotOptions<P extends PlanKindOfRecord> = {
  autosave?: boolean;
  /** First keep the plan as saved now as a snapshot of its own, in the same transaction (a restore, an import). */
  keepCurrent?: { value: RecordValue<P>; reason: Snapshot<P>["reason"] };
};

/** Every snapshot of one plan, newest first. */
export async function listSnapshots<P extends PlanKindOfRecord>(db: DatabaseClient, owner: RecordOwner, plan: P) {
  const snapshots = await listRecords(db, owner, `${plan}-revision` as SnapshotKind<P>);
  return snapshots.sort((a, b) => Date.parse(b.value.savedAt) - Date.parse(a.value.savedAt));
}

/**
 * Keeps a snapshot. An autosave soon after the last autosave's snapshot, with nothing saved since
 * (the plan's marker says which), updates that one instead: the history is never opened to find it.
 */
async function keepSnapshot<P extends PlanKindOfRecord>(
  db: DatabaseClient,
  owner: RecordOwner,
  kind: SnapshotKind<P>,
  revision: Snapshot<P>,
  last: SnapshotMarker["autosave"],
): Promise<SnapshotMarker["autosave"]> {
  const now = new Date(revision.savedAt);
  if (!revision.autosaved) {
    await putRecord(db, owner, kind, revision, undefined, now);
    return undefined;
  }
  const recent = last && now.getTime() - Date.parse(last.savedAt) < COALESCE_MS;
  const target = recent ? { id: last.id, expectedVersion: last.version } : undefined;
  const updated = target && (await replaceRecordIfAt(db, owner, kind, revision, target, now));
  const kept = updated ?? (await putRecord(db, owner, kind, revision, undefined, now));
  return { ...kept, savedAt: revision.savedAt };
}

/** Lets go of the snapshots the keeping rule no longer keeps; reads only their times, once a day. */
async function applyKeepingRule(
  db: DatabaseClient,
  owner: RecordOwner,
  kind: SnapshotKind<PlanKindOfRecord>,
  now: Date,
) {
  const times = await listRecordTimes(db, owner, kind, decidedBefore(now));
  const versions = times.map((row) => ({ id: row.id, savedAt: row.updatedAt }));
  await deleteRecords(db, owner, kind, versionsToLetGo(versions, now));
}

/**
 * Writes the plan and keeps its snapshot (`revision`, marked as an autosave's when it is one), and
 * applies the keeping rule when it is due: all land together or not at all, even if the server is
 * killed between them. `write.marker` is the marker the plan was loaded with.
 */
export function saveWithSnapshot<P extends PlanKindOfRecord>(
  db: DatabaseClient,
  owner: RecordOwner,
  plan: P,
  write: { value: RecordValue<P>; target: { id: string; expectedVersion: number }; marker?: SnapshotMarker },
  revision: Snapshot<P>,
  options: SnapshotOptions<P> = {},
): Promise<{ id: string; version: number }> {
  const kind = `${plan}-revision` as SnapshotKind<P>;
  const now = new Date(revision.savedAt);
  return db.$transaction(
    async (transaction) => {
      const tx = transaction as unknown as DatabaseClient;
      if (options.keepCurrent && write.target.expectedVersion > 0) {
        // A millisecond earlier, so the history lists it just below the version that replaces it.
        const before = new Date(now.getTime() - 1);
        const kept = {
          savedAt: before.toISOString(),
          reason: options.keepCurrent.reason,
          plan: options.keepCurrent.value,
        };
        await putRecord(tx, owner, kind, kept as Snapshot<P>, undefined, before);
      }
      const snapshot = options.autosave ? { ...revision, autosaved: true as const } : revision;
      const autosave = await keepSnapshot(tx, owner, kind, snapshot, write.marker?.autosave);
      const due = keepingDue(write.marker?.keptOn, now);
      if (due) await applyKeepingRule(tx, owner, kind, now);
      const keptOn = due ? now.toISOString().slice(0, 10) : write.marker?.keptOn;
      const marker: SnapshotMarker = { ...(autosave ? { autosave } : {}), ...(keptOn ? { keptOn } : {}) };
      return putRecord(tx, owner, plan, { ...write.value, snapshots: marker }, write.target);
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
