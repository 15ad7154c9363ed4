import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import {
  getRecord,
  listRecordPage,
  listRecords,
  putRecord,
  singleRecordId,
  StaleSaveError,
  type RecordOwner,
} from "../records/record-store";
import { planValueSchema, type PlanRevision, type PlanValue } from "../plan/plan-schema";

export type LoadedPlan = { id?: string; version: number; value: PlanValue };
export type SaveResult =
  { ok: true; plan: LoadedPlan } | { ok: false; conflict: { saved: LoadedPlan; mine: PlanValue } };

// Autosaves this close together update one snapshot (one an autosave made) instead of making a new one each time.
const COALESCE_MS = 2 * 60_000;

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
  return record
    ? { id: record.id, version: record.version, value: record.value }
    : { version: 0, value: planValueSchema.parse({}) };
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
  const now = options.now ?? new Date();
  const current = await loadPlan(db, owner);
  if (current.version !== expectedVersion) return conflict(db, owner, current, value, now);
  try {
    const target = { id: current.id ?? singleRecordId(owner, "plan"), expectedVersion };
    // The plan and its snapshot land together or not at all, even if the server is killed between them.
    const saved = await db.$transaction(
      async (transaction) => {
        const tx = transaction as unknown as DatabaseClient;
        if (options.keepCurrentAs && current.version > 0) {
          // A millisecond earlier, so the history lists it just below the version that replaces it.
          const before = new Date(now.getTime() - 1);
          const kept = { savedAt: before.toISOString(), reason: options.keepCurrentAs, plan: current.value };
          await putRecord(tx, owner, "plan-revision", kept, undefined, before);
        }
        const written = await putRecord(tx, owner, "plan", value, target);
        const restored = options.restoredFrom ? { restoredFrom: options.restoredFrom } : {};
        const autosaved = options.autosave ? { autosaved: true as const } : {};
        const snapshot = { savedAt: now.toISOString(), reason, ...restored, ...autosaved, plan: value };
        await keepSnapshot(tx, owner, snapshot, options.autosave === true, now);
        return written;
      },
      { maxWait: 30_000, timeout: 30_000 },
    );
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

async function keepSnapshot(
  db: DatabaseClient,
  owner: RecordOwner,
  revision: PlanRevision,
  autosave: boolean,
  now: Date,
): Promise<void> {
  if (autosave) {
    // Only the newest snapshot is opened, however long the history.
    const [latest] = await listRecordPage(db, owner, "plan-revision", { skip: 0, take: 1 });
    const recent =
      latest &&
      latest.value.reason === "save" &&
      latest.value.autosaved === true &&
      Date.parse(revision.savedAt) - Date.parse(latest.value.savedAt) < COALESCE_MS;
    if (recent) {
      const target = { id: latest.id, expectedVersion: latest.version };
      await putRecord(db, owner, "plan-revision", revision, target, now);
      return;
    }
  }
  await putRecord(db, owner, "plan-revision", revision, undefined, now);
}

/** Every snapshot, newest first. */
export async function listRevisions(db: DatabaseClient, owner: RecordOwner) {
  const revisions = await listRecords(db, owner, "plan-revision");
  return revisions.sort((a, b) => Date.parse(b.value.savedAt) - Date.parse(a.value.savedAt));
}

export function getRevision(db: DatabaseClient, owner: RecordOwner, id: string) {
  return getRecord(db, owner, "plan-revision", id);
}
