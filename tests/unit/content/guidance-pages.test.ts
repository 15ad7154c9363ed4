import path from "node:path";
import { describe, expect, it } from "vitest";
import { audienceIds } from "@/lib/content/audiences";
import { loadGuidance } from "@/lib/content/load-guidance";
import { guidePath, readablePaths, siteRoutes } from "@/lib/site/site-routes";
import { fleschKincaidGrade } from "@/tests/support/reading-level";

const root = path.resolve(import.meta.dirname, "../../..");
const pages = loadGuidance(root, "content/guidance", { pages: readablePaths, guidePath });
const plainText = (html: string) => html.replace(/<\/(p|li|h\d)>/g, "\n").replace(/<[^>]+>/g, "");

describe("every guidance page", () => {
  it("exists for every audience", () => {
    for (const audience of audienceIds) expect(pages.filter((page) => page.audience === audience).length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.slug, page] as const))("%s reads at grade 8 or below (advocates 9)", (_slug, page) => {
    const limit = page.audience === "advocates" ? 9 : 8;
    expect(fleschKincaidGrade(plainText(page.html))).toBeLessThanOrEqual(limit);
  });

  it("reads at grade 8 or below in the middle of the library", () => {
    const grades = pages.map((page) => fleschKincaidGrade(plainText(page.html))).sort((x, y) => x - y);
    const middle = grades.length / 2;
    const median = grades.length % 2 ? grades[Math.floor(middle)] : ((grades[middle - 1] as number) + (grades[middle] as number)) / 2;
    expect(median).toBeLessThanOrEqual(8);
  });

  it.each(pages.map((page) => [page.slug, page] as const))("%s offers choices instead of orders", (_slug, page) => {
    expect(page.text).not.toMatch(/\byou (must|should)\b/i);
  });

  it.each(pages.map((page) => [page.slug, page] as const))("%s points to crisis lines and related pages", (_slug, page) => {
    expect(page.html).toContain(`href="${siteRoutes.getHelp.href}"`);
    expect(page.related.length).toBeGreaterThanOrEqual(2);
    expect(page.html).toMatch(/href="\/guide\/[0-9a-f]{8}"/);
  });

  it("has a last-reviewed date that is not in the future", () => {
    for (const page of pages) expect(Date.parse(page.lastReviewed)).toBeLessThanOrEqual(Date.now());
  });

  it("leaves no readable topic in its address", () => {
    for (const page of pages) expect(guidePath(page.code)).toMatch(/^\/guide\/[0-9a-f]{8}$/);
    expect(new Set(pages.map((page) => `${page.language} ${page.code}`)).size).toBe(pages.length);
  });

  it("gives a page and its translation the same address, so switching language keeps the reader in place", () => {
    const english = new Map(pages.filter((page) => page.language === "en").map((page) => [page.slug, page.code]));
    for (const page of pages.filter((candidate) => candidate.language !== "en")) {
      expect(english.get(page.slug), `${page.language}/${page.slug} has an English page`).toBe(page.code);
    }
  });
});
