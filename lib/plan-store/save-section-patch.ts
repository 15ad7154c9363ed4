import "server-only";
import type { SectionForm } from "../forms/plan-form-schemas";
import { entryKinds, type EntryKey } from "../plan/entry-kinds";
import type { FieldErrors } from "../forms/read-plan-rows";
import { applySectionPatch } from "../forms/read-section-form";
import type { RecordOwner } from "../records/record-store";
import type { SaveResult } from "./plan-store";
import { updatePlan } from "./update-plan";

/**
 * Saves every part of one section's form that is right, and says what is not. A form whose only
 * news is a problem saves nothing, so it makes no new version or snapshot.
 */
export async function saveSectionPatch(
  owner: RecordOwner,
  input: SectionForm,
): Promise<{ result: SaveResult; errors: FieldErrors; waitingToRemove: number }> {
  const errors = { ...input.errors };
  const result = await updatePlan(owner, {
    expectedVersion: input.version,
    autosave: input.autosave,
    change: (saved) => ({ ...saved, entries: applySectionPatch(input.section, saved.entries, input.patch, errors) }),
    onlyIfChanged: () => Object.keys(errors).length > 0,
  });
  const rows: { kind: string; marked?: boolean }[] = entryKinds.flatMap(
    (kind) => input.patch.rows[kind.key as EntryKey] ?? [],
  );
  const waitingToRemove = rows.filter((row) => row.kind === "keep" && row.marked).length;
  return { result, errors, waitingToRemove };
}
