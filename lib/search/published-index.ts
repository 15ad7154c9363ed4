import "server-only";
import { allGuidance, directory, searchSynonyms, strategies } from "../content/guidance";
import { planWordsFor } from "../content/plan-words-for";
import { analyzerOf } from "./analyze";
import { ideaPassage, pagePassages, sectionTitlesIn, servicePassage } from "./passages";
import { passageIndex, type PassageIndex } from "./search-index";
import { findInPublished, type Findings } from "./search-published";
import { synonymsFor } from "./synonyms";

const indexes = new Map<string, PassageIndex>();

/** Everything published in one language, indexed once per process. */
function indexFor(language: string): PassageIndex {
  const cached = indexes.get(language);
  if (cached) return cached;
  const analyzer = analyzerOf(language);
  const titles = sectionTitlesIn(planWordsFor(language));
  const passages = [
    ...allGuidance(language).flatMap(pagePassages),
    ...strategies(language).map((strategy) => ideaPassage(strategy, titles)),
    ...directory(language).map(servicePassage),
  ];
  const index = passageIndex(passages, analyzer, synonymsFor(searchSynonyms(), analyzer));
  indexes.set(language, index);
  return index;
}

/** Searches guidance, plan ideas and the directory in one language. */
export function searchPublished(query: string, language = "en"): Findings {
  return findInPublished(indexFor(language), query, language);
}
