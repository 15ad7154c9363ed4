import "server-only";
import { isDeepStrictEqual } from "node:util";
import { database } from "../db/database";
import type { PlanRevision, PlanValue } from "../plan/plan-schema";
import type { RecordOwner } from "../records/record-store";
import { loadPlan, saveOver, type SaveOptions, type SaveResult } from "./plan-store";

export type PlanChange = {
  /** The version the form was opened at; absent, whatever is saved now is replaced (a copy brought back). */
  expectedVersion?: number;
  /** The plan as it should be, from the plan as saved now. */
  change: (saved: PlanValue) => PlanValue;
  reason?: PlanRevision["reason"];
  autosave?: boolean;
  /** Keep the plan as saved now as its own snapshot first (a restore, an import), so nothing is lost. */
  keepCurrentAs?: SaveOptions["keepCurrentAs"];
  /** For a restore: when the version brought back had been saved. */
  restoredFrom?: string;
  /**
   * Asked after `change`: when true and the change leaves the plan as it is (and not stale), nothing
   * is saved, so a form whose only news is a problem makes no new version or snapshot.
   */
  onlyIfChanged?: () => boolean;
};

/**
 * The one way a route changes a plan: load what is saved, apply the change, save with the version
 * check (a stale save keeps the person's version as a snapshot and returns both).
 */
export async function updatePlan(owner: RecordOwner, plan: PlanChange, db = database()): Promise<SaveResult> {
  const current = await loadPlan(db, owner);
  const next = plan.change(current.value);
  const expectedVersion = plan.expectedVersion ?? current.version;
  if (plan.onlyIfChanged?.() && current.version === expectedVersion && isDeepStrictEqual(next, current.value)) {
    return { ok: true, plan: current };
  }
  const options: SaveOptions = {
    ...(plan.autosave ? { autosave: true } : {}),
    ...(plan.keepCurrentAs ? { keepCurrentAs: plan.keepCurrentAs } : {}),
    ...(plan.restoredFrom ? { restoredFrom: plan.restoredFrom } : {}),
  };
  return saveOver(db, owner, current, next, expectedVersion, plan.reason ?? "save", options);
}
