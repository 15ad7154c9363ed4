import { fill } from "@/lib/plan/fill";

export type SummaryLine = { href?: string; text: string };

/** The summary's words in the reader's language; `many` has a `{count}`. */
export type ErrorSummaryWords = { one: string; many: string; savedElse: string };

/**
 * At the top of a form after a save: how many things could not be saved, each linked to its field,
 * where the message is repeated. Everything not listed was saved.
 */
export function ErrorSummary({
  lines,
  saved,
  words,
}: {
  lines: SummaryLine[];
  saved: boolean;
  words: ErrorSummaryWords;
}) {
  if (lines.length === 0) return null;
  const count = lines.length === 1 ? words.one : fill(words.many, { count: lines.length });
  return (
    <div role="alert" className="mb-4 rounded-md border-l-4 border-exit bg-red-50 p-3" data-error-summary="">
      <p className="mb-1 font-bold">
        {count}
        {saved ? ` ${words.savedElse}` : ""}
      </p>
      <ul className="mb-0">
        {lines.map((line) => (
          <li key={`${line.href ?? ""}${line.text}`}>{line.href ? <a href={line.href}>{line.text}</a> : line.text}</li>
        ))}
      </ul>
    </div>
  );
}
