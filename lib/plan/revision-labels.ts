import english from "../../messages/en/planHistory.json";
import { fill } from "./fill";
import type { PlanRevision } from "./plan-schema";

/** What each kind of snapshot is called, in one language (messages/<locale>/planHistory.json). */
export type RevisionLabelWords = (typeof english)["labels"];

/**
 * What a snapshot is, in plain words; `timeOf` shows a saved time in the person's own time zone.
 * English unless the reader's `words` are given.
 */
export function revisionLabel(
  revision: Pick<PlanRevision, "reason" | "restoredFrom">,
  timeOf: (iso: string) => string,
  words: RevisionLabelWords = english.labels,
): string {
  if (revision.reason !== "restore") return words[revision.reason];
  return revision.restoredFrom
    ? fill(words.restoredFrom, { when: timeOf(revision.restoredFrom) })
    : words.restoredEarlier;
}
