import "server-only";
import { strategyText } from "../content/strategy-library";
import { database } from "../db/database";
import { describeChanges } from "../plan/describe-changes";
import type { PlanValue } from "../plan/plan-schema";
import type { RecordOwner } from "../records/record-store";
import { listRevisions } from "./plan-store";

/** What is different now from the plan as it stood at the last review; undefined before any review. */
export async function changesSinceReview(
  owner: RecordOwner,
  current: PlanValue,
  db = database(),
): Promise<string[] | undefined> {
  const revisions = await listRevisions(db, owner);
  const lastReview = revisions.find((revision) => revision.value.reason === "review");
  if (!lastReview) return undefined;
  return describeChanges(lastReview.value.plan, current, strategyText);
}
