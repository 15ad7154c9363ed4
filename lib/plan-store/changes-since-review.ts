import "server-only";
import { changesIn } from "../content/history-words-for";
import { strategyTextIn } from "../content/strategy-library";
import { database } from "../db/database";
import { describeChanges } from "../plan/describe-changes";
import type { PlanValue } from "../plan/plan-schema";
import type { RecordOwner } from "../records/record-store";
import { listRevisions } from "./plan-store";

/**
 * What is different now from the plan as it stood at the last review, in the reader's `locale`;
 * undefined before any review.
 */
export async function changesSinceReview(
  owner: RecordOwner,
  current: PlanValue,
  locale = "en",
  db = database(),
): Promise<string[] | undefined> {
  const revisions = await listRevisions(db, owner);
  const lastReview = revisions.find((revision) => revision.value.reason === "review");
  if (!lastReview) return undefined;
  return describeChanges(lastReview.value.plan, current, strategyTextIn(locale), changesIn(locale));
}
