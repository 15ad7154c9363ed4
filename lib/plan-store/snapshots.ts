import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import type { RecordValue } from "../record-kinds/record-kinds";
import { listRecordPage, listRecords, putRecord, type RecordOwner } from "../records/record-store";

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

/** Keeps a snapshot; an autosave soon after another autosave's snapshot updates that one instead. */
async function keepSnapshot<P extends PlanKindOfRecord>(
  db: DatabaseClient,
  owner: RecordOwner,
  plan: P,
  revision: Snapshot<P>,
  autosave: boolean,
): Promise<void> {
  const kind = `${plan}-revision` as SnapshotKind<P>;
  const now = new Date(revision.savedAt);
  if (autosave) {
    // Only the newest snapshot is opened, however long the history.
    const [latest] = await listRecordPage(db, owner, kind, { skip: 0, take: 1 });
    const recent =
      latest &&
      latest.value.reason === "save" &&
      "autosaved" in latest.value &&
      latest.value.autosaved === true &&
      now.getTime() - Date.parse(latest.value.savedAt) < COALESCE_MS;
    if (recent) {
      await putRecord(db, owner, kind, revision, { id: latest.id, expectedVersion: latest.version }, now);
      return;
    }
  }
  await putRecord(db, owner, kind, revision, undefined, now);
}

/**
 * Writes the plan and keeps its snapshot (`revision`, marked as an autosave's when it is one): both
 * land together or not at all, even if the server is killed between them.
 */
export function saveWithSnapshot<P extends PlanKindOfRecord>(
  db: DatabaseClient,
  owner: RecordOwner,
  plan: P,
  write: { value: RecordValue<P>; target: { id: string; expectedVersion: number } },
  revision: Snapshot<P>,
  options: SnapshotOptions<P> = {},
): Promise<{ id: string; version: number }> {
  const kind = `${plan}-revision` as SnapshotKind<P>;
  return db.$transaction(
    async (transaction) => {
      const tx = transaction as unknown as DatabaseClient;
      if (options.keepCurrent && write.target.expectedVersion > 0) {
        // A millisecond earlier, so the history lists it just below the version that replaces it.
        const before = new Date(Date.parse(revision.savedAt) - 1);
        const kept = {
          savedAt: before.toISOString(),
          reason: options.keepCurrent.reason,
          plan: options.keepCurrent.value,
        };
        await putRecord(tx, owner, kind, kept as Snapshot<P>, undefined, before);
      }
      const written = await putRecord(tx, owner, plan, write.value, write.target);
      const snapshot = options.autosave ? { ...revision, autosaved: true as const } : revision;
      await keepSnapshot(tx, owner, plan, snapshot, options.autosave === true);
      return written;
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
