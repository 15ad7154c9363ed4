import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGuidance } from "@/lib/content/load-guidance";
import { searchGuidance } from "@/lib/content/search-guidance";
import { guidePath, readablePaths } from "@/lib/site/site-routes";

const pages = loadGuidance(path.resolve(import.meta.dirname, "../../.."), "content/guidance", {
  pages: readablePaths,
  guidePath,
});
const titles = (query: string) => searchGuidance(pages, query).map((result) => result.title);

describe("searching the guidance", () => {
  it("puts the page about a topic first", () => {
    expect(titles("go-bag")[0]).toBe("Getting ready to leave");
    expect(titles("papers to gather")[0]).toBe("Getting ready to leave");
    expect(titles("apology")).toContain("Taking responsibility");
  });

  it("needs every word to appear on a page", () => {
    expect(titles("apology shelter").every((title) => title !== "Getting ready to leave")).toBe(true);
    expect(titles("zyzzyva")).toEqual([]);
  });

  it("ignores case and punctuation, and shows where the words appear", () => {
    const [first] = searchGuidance(pages, "  CO-WORKER?? ");
    expect(first?.snippet.toLowerCase()).toContain("co-worker");
    expect(first?.snippet.length).toBeLessThanOrEqual(181);
    for (const result of searchGuidance(pages, "work")) {
      const lines = pages.find((page) => page.code === result.code)?.text.split("\n") ?? [];
      const opening = result.snippet.slice(0, 30);
      // A snippet starts where a line or a sentence starts, never in the middle of a word.
      expect(lines.some((line) => line.startsWith(opening) || line.includes(`. ${opening}`))).toBe(true);
    }
  });

  it("finds nothing for an empty query", () => {
    expect(searchGuidance(pages, "  ")).toEqual([]);
  });
});
