"use client";

import { useActionState } from "react";
import { AppLink } from "@/components/app-link/app-link";
import type { SearchState } from "@/lib/forms/search-state";
import { guidePath } from "@/lib/site/site-routes";

type Props = { action: (previous: SearchState, form: FormData) => Promise<SearchState> };

/**
 * Posts the query, so it never lands in the address bar or the history. Without JavaScript the
 * browser posts the form and the server renders the results page.
 */
export function SearchForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, { query: "" });
  return (
    <>
      <form action={formAction} className="mb-6" noValidate>
        <label htmlFor="search-query" className="mb-1 block font-bold">
          Search for
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id="search-query"
            name="query"
            type="text"
            defaultValue={state.query}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            aria-invalid={state.error ? true : undefined}
            aria-describedby={state.error ? "search-query-error" : undefined}
            className="min-w-0 flex-1 rounded-md border-2 border-gray-500 px-3 py-2"
          />
          <button type="submit" disabled={pending} className="rounded-md bg-ink px-4 py-2 font-bold text-white">
            Search
          </button>
        </div>
        {state.error && (
          <p id="search-query-error" className="mt-1 mb-0 font-bold text-exit">
            {state.error}
          </p>
        )}
      </form>
      {state.results && <SearchResults query={state.query} results={state.results} />}
    </>
  );
}

function SearchResults({ query, results }: { query: string; results: NonNullable<SearchState["results"]> }) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" aria-live="polite">
        {results.length === 0
          ? `Nothing found for “${query}”`
          : `${results.length} ${results.length === 1 ? "page" : "pages"} found for “${query}”`}
      </h2>
      <ul className="list-none pl-0">
        {results.map((result) => (
          <li key={result.code} className="mb-4">
            <AppLink href={guidePath(result.code)} className="text-lg font-bold">
              {result.title}
            </AppLink>
            <p className="mb-0 text-muted">{result.snippet}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
