import { describe, expect, it } from "vitest";
import { indexTermsOf, queryTermsOf, termOf } from "@/lib/search/analyze";
import { synonymsFor } from "@/lib/search/synonyms";

describe("reading words the way the index does", () => {
  it("stems English and French, so one form finds another", () => {
    expect(termOf("documents", "en")).toBe(termOf("document", "en"));
    expect(termOf("strangled", "en")).toBe(termOf("strangle", "en"));
    expect(termOf("violences", "fr")).toBe(termOf("violence", "fr"));
    expect(termOf("frapper", "fr")).toBe(termOf("frappe", "fr"));
  });

  it("drops French elision and folds accents, so a phone keyboard without accents still finds the page", () => {
    expect(termOf("l'argent", "fr")).toBe(termOf("argent", "fr"));
    expect(termOf("telephone", "fr")).toBe(termOf("téléphone", "fr"));
  });

  it("reads hyphenated and joined spellings as one word, and skips words that carry no meaning", () => {
    expect(termOf("co-worker", "en")).toBe(termOf("coworker", "en"));
    expect(queryTermsOf("what is the", "en", [])).toEqual([]);
    expect(queryTermsOf("est-ce que c'est", "fr", [])).not.toContain("que");
  });

  it("keeps each word of a listed phrase and adds the phrase as one more term", () => {
    const terms = indexTermsOf("Pack a go bag by the door.", "en", ["go bag"]);
    expect(terms).toEqual(expect.arrayContaining(["bag", "gobag"]));
    expect(queryTermsOf("a go bag", "en", ["go bag"])).toEqual(["gobag"]);
  });

  it("expands a word to the others of its group, in its language only", () => {
    const synonyms = synonymsFor({ en: [["husband", "partner", "wife"]], fr: [["mari", "conjoint"]] }, "en");
    expect(synonyms.alternatives(termOf("husband", "en") ?? "")).toEqual(
      expect.arrayContaining([termOf("partner", "en"), termOf("wife", "en")]),
    );
    expect(synonyms.alternatives(termOf("mari", "en") ?? "")).toEqual([]);
  });
});
