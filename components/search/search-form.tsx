"use client";

import { useActionState } from "react";
import type { SearchState } from "@/lib/forms/search-state";
import type english from "@/messages/en/pages.json";
import { PersonToTalkTo, type LineToCall } from "./person-to-talk-to";
import { SearchFindings } from "./search-findings";

export type SearchWords = typeof english.search.form;

type Props = {
  action: (previous: SearchState, form: FormData) => Promise<SearchState>;
  lines: LineToCall[];
  words: SearchWords;
};

/**
 * Posts the query, so it never lands in the address bar or the history. Without JavaScript the
 * browser posts the form and the server renders the results page.
 */
export function SearchForm({ action, lines, words }: Props) {
  const [state, formAction, pending] = useActionState(action, { query: "" });
  return (
    <>
      <form action={formAction} className="mb-6" noValidate>
        <label htmlFor="search-query" className="mb-1 block font-bold">
          {words.label}
        </label>
        <p id="search-query-hint" className="mb-1 text-sm text-muted">
          {words.hint}
        </p>
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
            aria-describedby={state.error ? "search-query-error search-query-hint" : "search-query-hint"}
            className="min-w-0 flex-1 rounded-md border-2 border-gray-500 px-3 py-2"
          />
          <button type="submit" disabled={pending} className="rounded-md bg-ink px-4 py-2 font-bold text-white">
            {words.button}
          </button>
        </div>
        {state.error && (
          <p id="search-query-error" className="mt-1 mb-0 font-bold text-exit">
            {state.error}
          </p>
        )}
      </form>
      {state.findings && <SearchFindings query={state.query} findings={state.findings} words={words} />}
      {state.findings && <PersonToTalkTo lines={lines} heading={words.talkToPerson} />}
    </>
  );
}
