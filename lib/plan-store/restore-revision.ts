import "server-only";
import { database } from "../db/database";
import type { RecordOwner } from "../records/record-store";
import { getRevision } from "./plan-store";
import { updatePlan } from "./update-plan";

export type RestoreResult =
  | { ok: true; restoredFrom: string }
  | { ok: false; problem: "not-found" }
  /** Another save landed at the same moment: nothing was replaced, and both versions are in the history. */
  | { ok: false; problem: "changed" };

/**
 * Brings back an earlier version of the plan. The plan as it is now is kept first as a snapshot of
 * its own ("before-restore"), so a restore loses nothing and can itself be undone the same way.
 * The store finds only the person's own snapshots: another person's id is "not-found", as a missing one.
 */
export async function restoreRevision(owner: RecordOwner, revisionId: string, db = database()): Promise<RestoreResult> {
  const revision = await getRevision(db, owner, revisionId);
  if (!revision) return { ok: false, problem: "not-found" };
  const { savedAt, plan } = revision.value;
  const result = await updatePlan(
    owner,
    { reason: "restore", keepCurrentAs: "before-restore", restoredFrom: savedAt, change: () => plan },
    db,
  );
  return result.ok ? { ok: true, restoredFrom: savedAt } : { ok: false, problem: "changed" };
}
