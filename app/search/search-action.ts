"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { searchQuerySchema, type SearchErrorKey } from "@/lib/content/search-query-schema";
import { searchPublished } from "@/lib/search/published-index";

import type { SearchState } from "@/lib/forms/search-state";

// Public guidance: no session, but the same parse-first path as everything else.
const search = guardedAction({
  session: "none",
  input: searchQuerySchema,
  owns: () => true,
  // In the reader's language: each language has its own index.
  run: async (_session, input) => ({ query: input.query, findings: searchPublished(input.query, await getLocale()) }),
});

/** Searches the guidance, the plan ideas and the directory. The query arrives in a POST body and is never logged or put in a URL. */
export async function searchAction(_previous: SearchState, form: FormData): Promise<SearchState> {
  const fields = formFields(form);
  const outcome = await search(fields);
  if (outcome.ok) return outcome.value;
  const t = await getTranslations("pages.search.errors");
  const key = outcome.reason === "invalid" ? (outcome.fieldErrors.query as SearchErrorKey | undefined) : undefined;
  const error = key ? t(key) : undefined;
  return { query: (fields.query ?? "").slice(0, 100), error };
}
