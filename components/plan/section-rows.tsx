import { entryKindOf } from "@/lib/plan/entry-kinds";
import type { DraftRow } from "@/lib/plan/entry-kinds/entry-kind";
import type { PlanEntries } from "@/lib/plan/plan-schema";
import type { PlanSectionId } from "@/lib/plan/plan-sections";
import { EntryRow, rowFieldId } from "./entry-rows";
import type { SummaryLine } from "./error-summary";
import type { FormDraft } from "./form-draft";
import { type FormRow, formRows } from "./form-rows";

type DrawState = { draft?: FormDraft; errors: Record<string, string>; unsaved: boolean };

function summaryOf(prefix: string, labels: Record<string, string>, rows: FormRow<{ id: string }>[]): SummaryLine[] {
  return rows.flatMap((row) =>
    Object.entries(row.errors).map(([field, message]) => ({
      href: `#${rowFieldId(prefix, row.index, field)}`,
      text: `${labels[field] ?? field}: ${message}`,
    })),
  );
}

/**
 * The repeating rows of a section (people, places or contacts), and the lines they add to the
 * error summary. Other sections have none.
 */
export function sectionRows(
  sectionId: PlanSectionId,
  entries: PlanEntries,
  blankId: string,
  state: DrawState,
): { rows: React.ReactNode; summary: SummaryLine[] } {
  const kind = entryKindOf(sectionId);
  if (!kind) return { rows: null, summary: [] };
  const prefix = kind.key;
  const listError = state.errors[prefix];
  const listSummary: SummaryLine[] = listError ? [{ href: `#${prefix}-list`, text: listError }] : [];
  const rows = formRows<DraftRow>(entries[prefix] as DraftRow[], prefix, kind.blank(blankId), state);
  return {
    rows: (
      <div id={`${prefix}-list`} tabIndex={-1}>
        {listError && <p className="font-bold text-exit">{listError}</p>}
        {rows.map((row) => (
          <EntryRow key={row.item.id} kind={kind} row={row} />
        ))}
      </div>
    ),
    summary: [...listSummary, ...summaryOf(prefix, kind.labels, rows)],
  };
}
