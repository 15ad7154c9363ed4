import type { Suggestion } from "@/lib/plan/build-plan";
import { fill } from "@/lib/plan/fill";

/** The list's own words, in the reader's language, from the server; `why` holds a {why} placeholder. */
export type ChecklistWords = { legend: string; why: string; hint: string };

/** The builder's suggestions for a section, each with why it is shown and a done box. */
export function SuggestionChecklist({
  suggestions,
  done,
  words,
}: {
  suggestions: Suggestion[];
  done: Record<string, boolean>;
  words: ChecklistWords;
}) {
  if (suggestions.length === 0) return null;
  return (
    <fieldset className="mb-6">
      <legend className="mb-2 text-lg font-bold">{words.legend}</legend>
      <ul className="list-none pl-0">
        {suggestions.map((suggestion) => (
          <li key={suggestion.id} className="mb-4 flex gap-3" data-suggestion={suggestion.id}>
            <input type="hidden" name="shown" value={suggestion.id} />
            <input
              id={`done-${suggestion.id}`}
              type="checkbox"
              name="done"
              value={suggestion.id}
              defaultChecked={done[suggestion.id] === true}
              aria-describedby={`why-${suggestion.id}`}
              className="mt-1 h-5 w-5 shrink-0"
            />
            <div>
              <label htmlFor={`done-${suggestion.id}`}>{suggestion.text}</label>
              <p id={`why-${suggestion.id}`} className="mb-0 text-sm text-muted">
                {fill(words.why, { why: suggestion.why })}
              </p>
            </div>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">{words.hint}</p>
    </fieldset>
  );
}
