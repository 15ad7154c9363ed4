import type { PlanEntries } from "@/lib/plan/plan-schema";
import type { PlanSectionId } from "@/lib/plan/plan-sections";
import { type DraftContact, SafePlaceRow, TrustedPersonRow, WorkplaceContactRow } from "./entry-rows";
import type { SummaryLine } from "./error-summary";
import type { FormDraft } from "./form-draft";
import { type FormRow, formRows } from "./form-rows";
import { rowFieldId, rowLabels, type RowPrefix } from "./row-labels";

type DrawState = { draft?: FormDraft; errors: Record<string, string>; unsaved: boolean };

const listOf: Partial<Record<PlanSectionId, RowPrefix>> = { "trusted-people": "trustedPeople", "safe-places": "safePlaces", "work-school": "workplaceContacts" };

function summaryOf(prefix: RowPrefix, rows: FormRow<{ id: string }>[]): SummaryLine[] {
  const labels = rowLabels[prefix] as Record<string, string>;
  return rows.flatMap((row) =>
    Object.entries(row.errors).map(([field, message]) => ({ href: `#${rowFieldId(prefix, row.index, field)}`, text: `${labels[field] ?? field}: ${message}` })),
  );
}

/**
 * The repeating rows of a section (people, places or contacts), and the lines they add to the
 * error summary. Other sections have none.
 */
export function sectionRows(sectionId: PlanSectionId, entries: PlanEntries, blankId: string, state: DrawState): { rows: React.ReactNode; summary: SummaryLine[] } {
  const prefix = listOf[sectionId];
  if (!prefix) return { rows: null, summary: [] };
  const listError = state.errors[prefix];
  const listSummary: SummaryLine[] = listError ? [{ href: `#${prefix}-list`, text: listError }] : [];
  const frame = (children: React.ReactNode) => (
    <div id={`${prefix}-list`} tabIndex={-1}>
      {listError && <p className="font-bold text-exit">{listError}</p>}
      {children}
    </div>
  );
  if (prefix === "trustedPeople") {
    const rows = formRows(entries.trustedPeople, prefix, { id: blankId, name: "", reach: "", canHelpWith: [], otherHelp: "", codeWord: "", knowsAboutPlan: false }, state);
    return { rows: frame(rows.map((row) => <TrustedPersonRow key={row.item.id} row={row} />)), summary: [...listSummary, ...summaryOf(prefix, rows)] };
  }
  if (prefix === "safePlaces") {
    const rows = formRows(entries.safePlaces, prefix, { id: blankId, place: "", howToGetThere: "", keptThere: "" }, state);
    return { rows: frame(rows.map((row) => <SafePlaceRow key={row.item.id} row={row} />)), summary: [...listSummary, ...summaryOf(prefix, rows)] };
  }
  const blank: DraftContact = { id: blankId, role: "", name: "", willDo: [], otherHelp: "" };
  const rows = formRows<DraftContact>(entries.workplaceContacts, prefix, blank, state);
  return { rows: frame(rows.map((row) => <WorkplaceContactRow key={row.item.id} row={row} />)), summary: [...listSummary, ...summaryOf(prefix, rows)] };
}
