import type { PlanRevision } from "./plan-schema";

const labels: Record<Exclude<PlanRevision["reason"], "restore">, string> = {
  save: "Saved",
  review: "Reviewed",
  import: "Brought back from a copy",
  "conflict-copy": "Your version, kept when another tab or device saved first",
  "before-restore": "Your plan just before you brought back an earlier version",
  "before-import": "Your plan just before you brought back a copy",
};

/** What a snapshot is, in plain words; `timeOf` shows a saved time in the person's own time zone. */
export function revisionLabel(
  revision: Pick<PlanRevision, "reason" | "restoredFrom">,
  timeOf: (iso: string) => string,
): string {
  if (revision.reason !== "restore") return labels[revision.reason];
  return revision.restoredFrom
    ? `Brought back the version from ${timeOf(revision.restoredFrom)}`
    : "Brought back an earlier version";
}
