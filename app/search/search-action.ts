"use server";

import { allGuidance } from "@/lib/content/guidance";
import { searchGuidance, type SearchResult } from "@/lib/content/search-guidance";
import { searchQuerySchema } from "@/lib/content/search-query-schema";

export type SearchState = { query: string; results?: SearchResult[]; error?: string };

/** Searches the guidance. The query arrives in a POST body and is never logged or put in a URL. */
export async function searchAction(_previous: SearchState, form: FormData): Promise<SearchState> {
  const parsed = searchQuerySchema.safeParse({ query: form.get("query") ?? undefined });
  const query = typeof form.get("query") === "string" ? String(form.get("query")).slice(0, 100) : "";
  if (!parsed.success) return { query, error: parsed.error.issues[0]?.message };
  return { query: parsed.data.query, results: searchGuidance(allGuidance(), parsed.data.query) };
}
