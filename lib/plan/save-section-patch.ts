import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { DatabaseClient } from "../db/create-database-client";
import type { RecordOwner } from "../records/record-store";
import { loadPlan, savePlan, type SaveResult } from "./plan-store";
import type { PlanSectionId } from "./plan-sections";
import { applySectionPatch, type FieldErrors, type SectionPatch } from "./read-plan-forms";

type SectionInput = { section: PlanSectionId; patch: SectionPatch; errors: FieldErrors; version: number; autosave: boolean };

/**
 * Saves every part of one section's form that is right, and says what is not. A form whose only
 * news is a problem saves nothing, so it makes no new version or snapshot.
 */
export async function saveSectionPatch(db: DatabaseClient, owner: RecordOwner, input: SectionInput): Promise<{ result: SaveResult; errors: FieldErrors; waitingToRemove: number }> {
  const current = await loadPlan(db, owner);
  const errors = { ...input.errors };
  const entries = applySectionPatch(input.section, current.value.entries, input.patch, errors);
  const { trustedPeople = [], safePlaces = [], workplaceContacts = [] } = input.patch;
  const rows: { kind: string; marked?: boolean }[] = [...trustedPeople, ...safePlaces, ...workplaceContacts];
  const waitingToRemove = rows.filter((row) => row.kind === "keep" && row.marked).length;
  if (Object.keys(errors).length > 0 && current.version === input.version && isDeepStrictEqual(entries, current.value.entries)) {
    return { result: { ok: true, plan: current }, errors, waitingToRemove };
  }
  const result = await savePlan(db, owner, { ...current.value, entries }, input.version, "save", { autosave: input.autosave });
  return { result, errors, waitingToRemove };
}
