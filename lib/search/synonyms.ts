import { type Analyzer, joinedPhrase, termOf } from "./analyze";
import type { SynonymsFile } from "./synonyms-schema";

export type Synonyms = {
  /** Phrases of more than one word, longest first, to join before reading a text. */
  phrases: string[];
  /** A term → the other terms of its groups. */
  alternatives: (term: string) => string[];
};

/** The synonym groups of one language, as terms the index understands. */
export function synonymsFor(file: SynonymsFile, analyzer: Analyzer): Synonyms {
  const groups = file[analyzer];
  const phrases = [...new Set(groups.flat().filter((entry) => /[\s\-'’]/.test(entry.trim())))].sort(
    (a, b) => b.length - a.length,
  );
  const byTerm = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = group.flatMap((entry) => termOf(joinedPhrase(entry), analyzer) ?? []);
    for (const term of terms) {
      const others = byTerm.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      byTerm.set(term, others);
    }
  }
  return { phrases, alternatives: (term) => [...(byTerm.get(term) ?? [])] };
}
