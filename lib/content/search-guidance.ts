import type { GuidancePage } from "./guidance-schema";

export type SearchResult = { code: string; title: string; summary: string; snippet: string };

const WEIGHTS = { title: 6, summary: 3, headings: 2, text: 1 } as const;
type Field = keyof typeof WEIGHTS;
const FIELDS = Object.keys(WEIGHTS) as Field[];
const MAX_RESULTS = 10;
const STOP_WORDS = new Set("a an and are as at be by can do for from how i if in is it me my of on or so the to what when who with you your".split(" "));

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Words of four letters or more also match longer forms: "document" finds "documents". */
function matches(word: string, term: string): boolean {
  return term.length >= 4 ? word.startsWith(term) : word === term;
}

function fieldsOf(page: GuidancePage): Record<Field, string[]> {
  return {
    title: tokens(page.title),
    summary: tokens(page.summary),
    headings: tokens(page.headings.map((heading) => heading.text).join(" ")),
    text: tokens(page.text),
  };
}

/** Ranks pages by where the words of the query appear; every word must appear somewhere. */
export function searchGuidance(pages: GuidancePage[], query: string): SearchResult[] {
  const terms = [...new Set(tokens(query).filter((term) => !STOP_WORDS.has(term)))];
  if (terms.length === 0) return [];
  const scored = pages.map((page) => {
    const fields = fieldsOf(page);
    const perTerm = terms.map((term) =>
      FIELDS.reduce((sum, field) => sum + fields[field].filter((word) => matches(word, term)).length * WEIGHTS[field], 0),
    );
    return { page, score: perTerm.every((score) => score > 0) ? perTerm.reduce((a, b) => a + b, 0) : 0 };
  });
  return scored
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.page.title.localeCompare(b.page.title))
    .slice(0, MAX_RESULTS)
    .map(({ page }) => ({ code: page.code, title: page.title, summary: page.summary, snippet: snippet(page.text, terms) }));
}

function snippet(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const found = terms.map((term) => lower.search(new RegExp(`(^|[^\\p{L}])${escape(term)}`, "u"))).filter((at) => at >= 0);
  const at = found.length ? Math.min(...found) : 0;
  const lineStart = lower.lastIndexOf("\n", at) + 1;
  const sentence = lower.lastIndexOf(". ", at);
  const start = sentence >= lineStart ? sentence + 2 : lineStart;
  const line = text.slice(start).split("\n")[0] ?? "";
  return line.length > 180 ? `${line.slice(0, 180).replace(/\s+\S*$/, "")}…` : line;
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
