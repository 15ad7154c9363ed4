import { analyzerOf } from "./analyze";
import type { Passage } from "./passages";
import type { PassageHit, PassageIndex } from "./search-index";
import { snippetOf } from "./snippet";

export type PageResult = { href: string; title: string; snippet: string };
export type Answer = { href: string; kind: Passage["kind"]; title: string; heading?: string; snippet: string };
export type Findings = { pages: PageResult[]; answers: Answer[] };

const MAX_PAGES = 10;
const MAX_ANSWERS = 3;
/** An answer must score at least this share of the best one, so a weak fourth-best is not offered. */
const ANSWER_SHARE = 0.45;
/** Below this, nothing we publish fits: better to say so than to offer a page that happens to share a word. */
const MIN_SCORE = 2;

/** The pages that answer a query (best section first) and the two or three passages that answer it best. */
export function findInPublished(index: PassageIndex, query: string, language: string): Findings {
  const hits = index.search(query).filter((hit) => hit.score >= MIN_SCORE);
  const analyzer = analyzerOf(language);
  const pages = new Map<string, PassageHit>();
  for (const hit of hits) {
    const code = hit.passage.pageCode;
    if (code && !pages.has(code)) pages.set(code, hit);
  }
  const best = hits[0]?.score ?? 0;
  const answers = hits
    .filter((hit) => hit.score >= best * ANSWER_SHARE)
    .slice(0, MAX_ANSWERS)
    .map(({ passage, terms }) => ({
      href: passage.href,
      kind: passage.kind,
      title: passage.title,
      heading: passage.heading,
      snippet: snippetOf(passage.text, terms, analyzer),
    }));
  return {
    answers,
    pages: [...pages.values()].slice(0, MAX_PAGES).map(({ passage, terms }) => ({
      href: passage.href.split("#")[0] ?? passage.href,
      title: passage.title,
      snippet: snippetOf(passage.text, terms, analyzer),
    })),
  };
}
