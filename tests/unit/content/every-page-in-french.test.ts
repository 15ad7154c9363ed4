import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGuidance } from "@/lib/content/load-guidance";
import { guidePath, readablePaths } from "@/lib/site/site-routes";

const root = path.resolve(import.meta.dirname, "../../..");
const pages = loadGuidance(root, "content/guidance", { pages: readablePaths, guidePath });
const english = pages.filter((page) => page.language === "en");
const french = new Map(pages.filter((page) => page.language === "fr-CA").map((page) => [page.slug, page]));

describe("every English page has its French (Canada) counterpart", () => {
  it("has at least 40 pages in each language", () => {
    expect(english.length).toBeGreaterThanOrEqual(40);
    expect(french.size).toBeGreaterThanOrEqual(40);
  });

  it.each(english.map((page) => [page.slug, page] as const))(
    "%s: same audience, place, related pages and sections, in French",
    (slug, page) => {
      const translation = french.get(slug);
      expect(translation, `content/guidance/fr-CA/${slug}.md`).toBeDefined();
      if (!translation) return;
      expect({ audience: translation.audience, order: translation.order, related: translation.related }).toEqual({
        audience: page.audience,
        order: page.order,
        related: page.related,
      });
      expect(translation.headings.length).toBe(page.headings.length);
      expect(translation.title).not.toBe(page.title);
    },
  );

  it("has no French page without an English one", () => {
    const englishSlugs = new Set(english.map((page) => page.slug));
    expect([...french.keys()].filter((slug) => !englishSlugs.has(slug))).toEqual([]);
  });
});
