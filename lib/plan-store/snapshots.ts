import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import type { RecordValue } from "../record-kinds/record-kinds";
import { listRecords, putRecord, type RecordOwner } from "../records/record-store";

/** The two plans, each with the kind its snapshots are kept as. */
type PlanKindOfRecord = "plan" | "change-plan";
type SnapshotKind<P extends PlanKindOfRecord> = `${P}-revision`;

// Autosaves this close together update one snapshot instead of making a new one each time.
const COALESCE_MS = 2 * 60_000;

/** Every snapshot of one plan, newest first. */
export async function listSnapshots<P extends PlanKindOfRecord>(db: DatabaseClient, owner: RecordOwner, plan: P) {
  const snapshots = await listRecords(db, owner, `${plan}-revision` as SnapshotKind<P>);
  return snapshots.sort((a, b) => Date.parse(b.value.savedAt) - Date.parse(a.value.savedAt));
}

/** Keeps a snapshot; an autosave soon after an ordinary save updates that one instead. */
export async function keepSnapshot<P extends PlanKindOfRecord>(
  db: DatabaseClient,
  owner: RecordOwner,
  plan: P,
  revision: RecordValue<SnapshotKind<P>>,
  autosave: boolean,
): Promise<void> {
  const kind = `${plan}-revision` as SnapshotKind<P>;
  const [latest] = autosave ? await listSnapshots(db, owner, plan) : [];
  const recent =
    latest?.value.reason === "save" && Date.parse(revision.savedAt) - Date.parse(latest.value.savedAt) < COALESCE_MS;
  await putRecord(db, owner, kind, revision, recent ? { id: latest.id, expectedVersion: latest.version } : undefined);
}

/** The plan and its snapshot land together or not at all, even if the server is killed between them. */
export function saveWithSnapshot<P extends PlanKindOfRecord>(
  db: DatabaseClient,
  owner: RecordOwner,
  plan: P,
  write: { value: RecordValue<P>; target: { id: string; expectedVersion: number } },
  revision: RecordValue<SnapshotKind<P>>,
  autosave: boolean,
): Promise<{ id: string; version: number }> {
  return db.$transaction(
    async (transaction) => {
      const tx = transaction as unknown as DatabaseClient;
      const written = await putRecord(tx, owner, plan, write.value, write.target);
      await keepSnapshot(tx, owner, plan, revision, autosave);
      return written;
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
