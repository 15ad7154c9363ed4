import "server-only";
import { changesIn } from "../content/history-words-for";
import { strategyTextIn } from "../content/strategy-library";
import { database } from "../db/database";
import { oneLineChange } from "../plan/change-summary";
import type { PlanRevision } from "../plan/plan-schema";
import { countRecords, listRecordPage, type RecordOwner, type StoredRecord } from "../records/record-store";

export const HISTORY_PAGE_SIZE = 20;

export type HistoryEntry = Pick<PlanRevision, "reason" | "savedAt" | "restoredFrom"> & {
  id: string;
  /** What this save changed, in one line, against the plan as it was before it. */
  change: string;
};

export type HistoryPage = { entries: HistoryEntry[]; page: number; pageCount: number };

type Revision = StoredRecord<"plan-revision">;

// A copy kept from a clash never became the plan, so no save is described against it.
const becamePlan = (revision: Revision) => revision.value.reason !== "conflict-copy";

/**
 * One page of the history, newest first, each entry saying what it changed. Only this page's
 * snapshots are opened, and the one before its oldest (more only while those were kept from a clash).
 * Each change is said in the reader's `locale`.
 */
export async function historyPage(
  owner: RecordOwner,
  page: number,
  db = database(),
  locale = "en",
): Promise<HistoryPage> {
  const total = await countRecords(db, owner, "plan-revision");
  const pageCount = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const skip = (current - 1) * HISTORY_PAGE_SIZE;
  const opened = await listRecordPage(db, owner, "plan-revision", { skip, take: HISTORY_PAGE_SIZE + 1 });
  const shown = opened.slice(0, HISTORY_PAGE_SIZE);
  for (let next = skip + opened.length; !opened.slice(shown.length).some(becamePlan) && next < total;) {
    const more = await listRecordPage(db, owner, "plan-revision", { skip: next, take: HISTORY_PAGE_SIZE });
    if (more.length === 0) break;
    opened.push(...more);
    next += more.length;
  }
  const said = changesIn(locale);
  const strategyText = strategyTextIn(locale);
  const entries = shown.map((revision, index) => {
    const before = opened.slice(index + 1).find(becamePlan);
    const { reason, savedAt, restoredFrom } = revision.value;
    return {
      id: revision.id,
      reason,
      savedAt,
      ...(restoredFrom ? { restoredFrom } : {}),
      change: oneLineChange(before?.value.plan, revision.value.plan, strategyText, said),
    };
  });
  return { entries, page: current, pageCount };
}
