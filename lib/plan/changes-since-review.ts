import "server-only";
import type { DatabaseClient } from "../db/create-database-client";
import type { RecordOwner } from "../records/record-store";
import { strategyText } from "./built-plan";
import { describeChanges } from "./describe-changes";
import type { PlanValue } from "./plan-schema";
import { listRevisions } from "./plan-store";

/** What is different now from the plan as it stood at the last review; undefined before any review. */
export async function changesSinceReview(db: DatabaseClient, owner: RecordOwner, current: PlanValue): Promise<string[] | undefined> {
  const revisions = await listRevisions(db, owner);
  const lastReview = revisions.find((revision) => revision.value.reason === "review");
  if (!lastReview) return undefined;
  return describeChanges(lastReview.value.plan, current, strategyText);
}
