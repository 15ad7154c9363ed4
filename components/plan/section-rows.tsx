import { entryKindOf } from "@/lib/plan/entry-kinds";
import type { DraftRow, EntryKind } from "@/lib/plan/entry-kinds/entry-kind";
import { wordedKind, type EntryWords } from "@/lib/plan/entry-kinds/worded-kind";
import type { PlanEntries } from "@/lib/plan/plan-schema";
import type { PlanSectionId } from "@/lib/plan/plan-sections";
import { ChecklistRows } from "./checklist-rows";
import { EntryRow, rowFieldId } from "./entry-rows";
import type { SummaryLine } from "./error-summary";
import type { FormDraft } from "./form-draft";
import { type FormRow, formRows } from "./form-rows";

type DrawState = { draft?: FormDraft; errors: Record<string, string>; unsaved: boolean; words: EntryWords };

function summaryOf(prefix: string, labels: Record<string, string>, rows: FormRow<{ id: string }>[]): SummaryLine[] {
  return rows.flatMap((row) =>
    Object.entries(row.errors).map(([field, message]) => ({
      href: `#${rowFieldId(prefix, row.index, field)}`,
      text: `${labels[field] ?? field}: ${message}`,
    })),
  );
}

/**
 * The rows a kind's form draws in place of what is saved: for a checklist, its suggestions in their
 * own order (each the person's saved row once they have made it theirs, none that they left out),
 * then their own items, so ticking a box never moves it.
 */
function checklistOrder(kind: EntryKind, saved: DraftRow[], leftOutIds: readonly string[]) {
  const suggested = kind.suggested ?? [];
  const savedById = new Map(saved.map((row) => [row.id, row]));
  const offered = new Set(
    suggested.filter((row) => !savedById.has(row.id) && !leftOutIds.includes(row.id)).map((row) => row.id),
  );
  const suggestedIds = new Set(suggested.map((row) => row.id));
  const drawn = [
    ...suggested.flatMap((row) => savedById.get(row.id) ?? (offered.has(row.id) ? [row] : [])),
    ...saved.filter((row) => !suggestedIds.has(row.id)),
  ];
  const leftOut = suggested.filter((row) => leftOutIds.includes(row.id) && !savedById.has(row.id));
  return { drawn, offered, leftOut };
}

/**
 * The repeating rows of a section (people, places, contacts or a checklist), and the lines they add to the
 * error summary. Other sections have none.
 */
export function sectionRows(
  sectionId: PlanSectionId,
  entries: PlanEntries,
  blankId: string,
  state: DrawState,
): { rows: React.ReactNode; summary: SummaryLine[] } {
  const plain = entryKindOf(sectionId);
  if (!plain) return { rows: null, summary: [] };
  const kind = wordedKind(plain, state.words);
  const prefix = kind.key;
  const listError = state.errors[prefix];
  const listSummary: SummaryLine[] = listError ? [{ href: `#${prefix}-list`, text: listError }] : [];
  const saved = entries[prefix] as DraftRow[];
  const { drawn, offered, leftOut } = checklistOrder(kind, saved, entries.leftOut);
  const rows = formRows<DraftRow>(drawn, prefix, kind.blank(blankId), state);
  return {
    rows: (
      <div id={`${prefix}-list`} tabIndex={-1}>
        {listError && <p className="font-bold text-exit">{listError}</p>}
        {kind.checklist ? (
          <ChecklistRows
            kind={{ ...kind, checklist: kind.checklist }}
            rows={rows}
            offered={offered}
            leftOut={leftOut}
            bringBack={state.draft?.bringBack ?? []}
            words={state.words.rows}
          />
        ) : (
          rows.map((row) => <EntryRow key={row.item.id} kind={kind} row={row} words={state.words.rows} />)
        )}
      </div>
    ),
    summary: [...listSummary, ...summaryOf(prefix, kind.labels, rows)],
  };
}
