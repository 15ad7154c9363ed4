import type { ReactNode } from "react";
import { AppLink } from "@/components/app-link/app-link";
import type { BuiltSection } from "@/lib/plan/build-plan";
import { entryKindOf } from "@/lib/plan/entry-kinds";
import { fill } from "@/lib/plan/fill";
import type { DraftRow, PrintedRow, PrintWords } from "@/lib/plan/entry-kinds/entry-kind";
import type { PlanEntries } from "@/lib/plan/plan-schema";
import type { PlanSectionId } from "@/lib/plan/plan-sections";
import { planRoutes } from "@/lib/site/site-routes";

/** The person's own entries for one section, read-only, each as its kind prints it. */
function OwnEntries({ id, entries, words }: { id: PlanSectionId; entries: PlanEntries; words: SectionSummaryWords }) {
  const kind = entryKindOf(id);
  const rows = kind ? (entries[kind.key] as DraftRow[]) : [];
  if (!kind || rows.length === 0) return null;
  const print = kind.print as (row: DraftRow, words: PrintWords) => PrintedRow;
  const rowWords = { ...words.rows, choices: words.choices[kind.key] ?? {} };
  return (
    <ul>
      {rows.map((row) => {
        const { heading, aside, details } = print(row, rowWords);
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

/**
 * The summary's words in the reader's language, from the server (it is drawn in the browser too, on
 * the print page): `ideas` is each section's count line, such as "9 ideas, 2 marked done".
 */
export type SectionSummaryWords = {
  whyPart: string;
  whyIdea: string;
  donePrefix: string;
  everyone: string;
  ideas: Record<string, string>;
  /** How rows read (planFiles.rows), and each kind's choice labels by field and value. */
  rows: Omit<PrintWords, "choices">;
  choices: Record<string, PrintWords["choices"]>;
};

type Props = {
  section: BuiltSection;
  words: SectionSummaryWords;
  entries: PlanEntries;
  mode?: "edit" | "read" | "paper";
  /** Shown after the person's own entries, such as the lines to call in the emergency part. */
  extra?: ReactNode;
  heading?: "h2" | "h3";
};

/**
 * One section of the plan: on the plan page, what the person wrote and a link to its ideas; in an
 * earlier version, its ideas folded away; on paper, only the ideas marked done.
 */
export function SectionSummary({ section, words, entries, mode = "edit", extra, heading: Heading = "h2" }: Props) {
  const id = section.id as PlanSectionId;
  const note = entries.notes[id];
  const doneCount = section.suggestions.filter((suggestion) => suggestion.done).length;
  const ideas = words.ideas[id] ?? "";
  // The plan page says once that some parts are in every plan; only the others say why they are there.
  const why = mode === "read" || (mode === "edit" && section.why !== words.everyone);
  return (
    <section
      aria-labelledby={`section-${id}`}
      className={`${mode === "edit" ? "mb-4 pt-3" : "mb-8 pt-4"} border-t border-gray-200`}
      data-section={id}
    >
      <Heading id={`section-${id}`} className="mt-0 mb-1">
        {mode === "edit" ? <AppLink href={planRoutes.section(id)}>{section.title}</AppLink> : section.title}
      </Heading>
      {mode === "edit" && section.suggestions.length > 0 && <p className="mb-1 text-sm text-muted">{ideas}</p>}
      {why && <p className="mb-2 text-sm text-muted">{fill(words.whyPart, { why: section.why })}</p>}
      <OwnEntries id={id} entries={entries} words={words} />
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
      {mode === "read" && section.suggestions.length > 0 && (
        <details className="mb-2">
          <summary className="cursor-pointer py-1">{ideas}</summary>
          <ul>
            {section.suggestions.map((suggestion) => (
              <li key={suggestion.id} className="mb-2">
                {suggestion.done ? words.donePrefix : ""}
                {suggestion.text}
                <span className="block text-sm text-muted">{fill(words.whyIdea, { why: suggestion.why })}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
