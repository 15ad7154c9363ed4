import type { SearchResult } from "../content/search-guidance";

/** What the search action answers with, shared by the action and its form. */
export type SearchState = { query: string; results?: SearchResult[]; error?: string };
