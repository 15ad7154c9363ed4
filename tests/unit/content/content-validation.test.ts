import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGuidance } from "@/lib/content/load-guidance";

const targets = { pages: { "/get-help": "/contacts" }, guidePath: (code: string) => `/guide/${code}` };

const goodFrontMatter = {
  title: "A page",
  summary: "A page that exists to test the content pipeline.",
  audience: "survivors",
  language: "en",
  lastReviewed: "2026-11-22",
  order: "1",
  related: "[]",
  sources: "\n  - title: A source\n    file: 000_x.txt",
};

function contentRoot(pages: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "content-test-"));
  fs.mkdirSync(path.join(root, "content/guidance/en"), { recursive: true });
  for (const [name, text] of Object.entries(pages)) fs.writeFileSync(path.join(root, "content/guidance/en", name), text);
  return root;
}

function page(overrides: Partial<Record<keyof typeof goodFrontMatter, string | undefined>> = {}, body = "Hello.") {
  const fields = { ...goodFrontMatter, ...overrides };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join("\n");
  return `---\n${yaml}\n---\n\n${body}\n`;
}

const load = (root: string) => loadGuidance(root, "content/guidance", targets);

describe("a guidance file with a mistake stops the build, naming the file and the field", () => {
  it.each([
    [{ summary: undefined }, "summary"],
    [{ audience: "strangers" }, "audience"],
    [{ lastReviewed: "last week" }, "lastReviewed"],
    [{ lastReviewed: "2026-02-31" }, "lastReviewed"],
    [{ sources: "[]" }, "sources"],
    [{ sources: "\n  - title: No address" }, "sources.0"],
    [{ related: "[missing-page]" }, "related"],
    [{ language: "fr-CA" }, "language"],
    [{ order: "first" }, "order"],
  ])("%o", (override, field) => {
    const root = contentRoot({ "a-page.md": page(override) });
    expect(() => load(root)).toThrow(`content/guidance/en/a-page.md: ${field}`);
  });

  it("names a link to a page that does not exist", () => {
    const root = contentRoot({ "a-page.md": page({}, "See [this](/guide/nowhere).") });
    expect(() => load(root)).toThrow("content/guidance/en/a-page.md: link /guide/nowhere points to a page that does not exist");
  });

  it("refuses a javascript: link", () => {
    const root = contentRoot({ "a-page.md": page({}, "[bad](javascript:alert(1))") });
    expect(() => load(root)).toThrow("a-page.md: link has an address that is not allowed");
  });

  it("names a link to an address that is not part of the app", () => {
    const root = contentRoot({ "a-page.md": page({}, "See [this](/admin).") });
    expect(() => load(root)).toThrow("a-page.md: link /admin is not a page of this app");
  });
});

describe("rendering guidance", () => {
  it("drops raw HTML and scripts, and neutralises addresses", () => {
    const body = [
      "## First part",
      '<script>alert(1)</script><img src=x onerror="alert(1)">',
      "[help](/get-help) [next](/guide/other-page) [out](https://example.org/)",
    ].join("\n\n");
    const root = contentRoot({ "a-page.md": page({}, body), "other-page.md": page({ title: "Other" }) });
    const rendered = load(root).find((entry) => entry.slug === "a-page");
    expect(rendered?.html).not.toMatch(/<script|onerror|<img/);
    expect(rendered?.html).toContain('href="/contacts"');
    expect(rendered?.html).toMatch(/href="\/guide\/[0-9a-f]{8}"/);
    expect(rendered?.html).not.toContain("other-page");
    expect(rendered?.html).toContain('href="https://example.org/" rel="noreferrer"');
    expect(rendered?.html).toContain('<h2 id="first-part">First part</h2>');
    expect(rendered?.headings).toEqual([{ id: "first-part", text: "First part" }]);
  });
});
