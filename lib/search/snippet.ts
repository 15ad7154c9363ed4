import { type Analyzer, termOf, wordsOf } from "./analyze";

const LONGEST = 220;

/** The sentence of a passage holding the first word that matched, cut to a readable length. */
export function snippetOf(text: string, matched: readonly string[], analyzer: Analyzer): string {
  const wanted = new Set(matched);
  const first = wordsOf(text).find(({ word }) => {
    const term = termOf(word, analyzer);
    return term !== null && wanted.has(term);
  });
  const at = first?.at ?? 0;
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const sentence = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("? ", at), text.lastIndexOf("! ", at));
  const start = sentence >= lineStart ? sentence + 2 : lineStart;
  const line = (text.slice(start).split("\n")[0] ?? "").trim();
  return line.length > LONGEST ? `${line.slice(0, LONGEST).replace(/\s+\S*$/, "")}…` : line;
}
