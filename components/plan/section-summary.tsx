import type { ReactNode } from "react";
import { AppLink } from "@/components/app-link/app-link";
import type { BuiltSection } from "@/lib/plan/build-plan";
import { entryKindOf } from "@/lib/plan/entry-kinds";
import type { DraftRow, PrintedRow } from "@/lib/plan/entry-kinds/entry-kind";
import type { PlanEntries } from "@/lib/plan/plan-schema";
import type { PlanSectionId } from "@/lib/plan/plan-sections";
import { planRoutes } from "@/lib/site/site-routes";

/** The person's own entries for one section, read-only, each as its kind prints it. */
function OwnEntries({ id, entries }: { id: PlanSectionId; entries: PlanEntries }) {
  const kind = entryKindOf(id);
  const rows = kind ? (entries[kind.key] as DraftRow[]) : [];
  if (!kind || rows.length === 0) return null;
  const print = kind.print as (row: DraftRow) => PrintedRow;
  return (
    <ul>
      {rows.map((row) => {
        const { heading, aside, details } = print(row);
        return (
          <li key={row.id}>
            <strong>{heading}</strong>
            {aside && ` (${aside})`}
            {details.map((detail) => ` · ${detail}`).join("")}
          </li>
        );
      })}
    </ul>
  );
}

type Props = {
  section: BuiltSection;
  entries: PlanEntries;
  mode?: "edit" | "read" | "paper";
  /** Shown after the person's own entries, such as the lines to call in the emergency part. */
  extra?: ReactNode;
};

/** One section of the plan: on screen with its ideas folded away, or on paper with only the ideas marked done. */
export function SectionSummary({ section, entries, mode = "edit", extra }: Props) {
  const id = section.id as PlanSectionId;
  const note = entries.notes[id];
  const doneCount = section.suggestions.filter((suggestion) => suggestion.done).length;
  return (
    <section aria-labelledby={`section-${id}`} className="mb-8 border-t border-gray-200 pt-4" data-section={id}>
      <h2 id={`section-${id}`} className="mt-0">
        {section.title}
      </h2>
      {mode !== "paper" && <p className="mb-2 text-sm text-muted">Why this part is in your plan: {section.why}</p>}
      <OwnEntries id={id} entries={entries} />
      {extra}
      {note && <p className="whitespace-pre-line rounded-md bg-calm p-3">{note}</p>}
      {mode === "paper" && doneCount > 0 && (
        <ul>
          {section.suggestions
            .filter((suggestion) => suggestion.done)
            .map((suggestion) => (
              <li key={suggestion.id}>{suggestion.text}</li>
            ))}
        </ul>
      )}
      {mode !== "paper" && section.suggestions.length > 0 && (
        <details className="mb-2">
          <summary className="cursor-pointer py-1">
            {section.suggestions.length} ideas, {doneCount} marked done
          </summary>
          <ul>
            {section.suggestions.map((suggestion) => (
              <li key={suggestion.id} className="mb-2">
                {suggestion.done ? "Done: " : ""}
                {suggestion.text}
                <span className="block text-sm text-muted">Why you see this: {suggestion.why}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {mode === "edit" && (
        <AppLink href={planRoutes.section(id)} className="font-bold">
          Edit “{section.title}”
        </AppLink>
      )}
    </section>
  );
}
