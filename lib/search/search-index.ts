import MiniSearch, { type Query, type SearchResult } from "minisearch";
import { type Analyzer, indexTermsOf, queryTermsOf } from "./analyze";
import type { Passage } from "./passages";
import type { Synonyms } from "./synonyms";

const FIELDS = ["title", "pageTitle", "heading", "text"] as const;
const BOOST = { title: 4, pageTitle: 1.5, heading: 2, text: 1 };
/** A synonym counts for less than the word the person typed. */
const SYNONYM_WEIGHT = 0.5;

export type PassageHit = { passage: Passage; score: number; terms: string[] };

export type PassageIndex = { search: (query: string) => PassageHit[]; queryTerms: (query: string) => string[] };

/** An index of passages in one language, with its stemmer, its synonyms and typo tolerance. */
export function passageIndex(passages: readonly Passage[], analyzer: Analyzer, synonyms: Synonyms): PassageIndex {
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const index = new MiniSearch<Passage>({
    fields: [...FIELDS],
    storeFields: [],
    // Terms are made whole here, so MiniSearch's own processing is the identity.
    tokenize: (text) => indexTermsOf(text, analyzer, synonyms.phrases),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
  // A page's title counts fully for its opening only, or every section of "Staying on track" would match "track".
  index.addAll(
    passages.map((passage) => {
      const section = passage.kind === "page" && passage.heading !== undefined;
      return {
        ...passage,
        title: section ? "" : passage.title,
        pageTitle: section ? passage.title : "",
        heading: passage.heading ?? "",
      };
    }),
  );

  const queryTerms = (query: string) => queryTermsOf(query, analyzer, synonyms.phrases);
  return {
    queryTerms,
    search: (query) => {
      const typed = queryTerms(query);
      if (typed.length === 0) return [];
      const expanded = typed.flatMap((term) => [term, ...synonyms.alternatives(term)]);
      const typedSet = new Set(typed);
      const tree: Query = { combineWith: "OR", queries: [...new Set(expanded)] };
      return index
        .search(tree, {
          boost: BOOST,
          // Short words must match exactly; longer ones forgive a slip or two and match longer forms.
          fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : false),
          prefix: (term) => term.length >= 5,
          boostTerm: (term) => (typedSet.has(term) ? 1 : SYNONYM_WEIGHT),
        })
        .flatMap((result: SearchResult) => {
          const passage = byId.get(String(result.id));
          return passage ? [{ passage, score: result.score, terms: result.terms }] : [];
        });
    },
  };
}
