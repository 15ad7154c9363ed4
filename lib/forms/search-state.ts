import type { Findings } from "../search/search-published";

/** What the search action answers with, shared by the action and its form. */
export type SearchState = { query: string; findings?: Findings; error?: string };
