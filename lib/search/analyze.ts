import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as frenchStemmer } from "@orama/stemmers/french";

/** The language a text is analysed in: French for any fr tag, English otherwise. */
export type Analyzer = "en" | "fr";
export const analyzerOf = (language: string): Analyzer => (language.startsWith("fr") ? "fr" : "en");

const stopWords: Record<Analyzer, Set<string>> = {
  en: new Set(
    "a about all also am an and any are as at be been but by can could did do does for from get gets got had has have he her him his how i if in into is it its just me my of on or our really she should so some take takes taking took that the their them then there they this to too very was we what when where which who will with would you your".split(
      " ",
    ),
  ),
  fr: new Set(
    "a à au aux avec ce ces c cette d dans de des du elle en est et il ils j je l la le les leur lui m ma mais me mes moi mon n ne nous on ou où par pas pour qu que qui s sa se ses si son sur t ta te tes toi ton tu un une vous y être ai as avons avez ont suis es sommes êtes sont fait faire peut peux".split(
      " ",
    ),
  ),
};

const stemmers: Record<Analyzer, (word: string) => string> = { en: englishStemmer, fr: frenchStemmer };

// French elision: "l'argent", "d'urgence", "qu'il" are read as the word after the apostrophe.
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]/u;
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

const foldAccents = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "");

/** One word as the index keeps it: lower case, elision dropped, stemmed, accents folded; or null for a stop word. */
export function termOf(word: string, analyzer: Analyzer): string | null {
  const lower = word.toLowerCase().replace(ELISION, "");
  if (stopWords[analyzer].has(lower)) return null;
  // "co-worker" and "coworker", "go-bag" and "gobag" are one word.
  const joined = lower.replace(/[-'’]/g, "");
  if (joined.length < 2) return null;
  return foldAccents(stemmers[analyzer](joined));
}

/** The words of a text, each with where it starts, in order. */
export function wordsOf(text: string): { word: string; at: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0], at: match.index }));
}

/** A phrase written as one word ("go bag" → "gobag"), so phrases in the synonyms match as one term. */
export const joinedPhrase = (phrase: string) => phrase.toLowerCase().replace(/[\s\-'’]+/g, "");

const phrasePattern = (phrase: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${phrase
      .split(/[\s\-'’]+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s\\-'’]+")}(?![\\p{L}\\p{N}])`,
    "giu",
  );

/** A page's terms: every word, and each listed phrase it contains as one more term. */
export function indexTermsOf(text: string, analyzer: Analyzer, phrases: readonly string[]): string[] {
  const terms = wordsOf(text).flatMap(({ word }) => termOf(word, analyzer) ?? []);
  for (const phrase of phrases) {
    const count = text.match(phrasePattern(phrase))?.length ?? 0;
    const term = termOf(joinedPhrase(phrase), analyzer);
    if (term) for (let i = 0; i < count; i++) terms.push(term);
  }
  return terms;
}

/** A question's terms, with each listed phrase read as one term. */
export function queryTermsOf(query: string, analyzer: Analyzer, phrases: readonly string[]): string[] {
  let joined = query;
  for (const phrase of phrases) joined = joined.replace(phrasePattern(phrase), joinedPhrase(phrase));
  return [...new Set(wordsOf(joined).flatMap(({ word }) => termOf(word, analyzer) ?? []))];
}
