import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGuidance } from "@/lib/content/load-guidance";
import { loadResources } from "@/lib/content/load-resources";

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

describe("the resource directory", () => {
  function directoryRoot(yaml: string): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "resources-test-"));
    fs.mkdirSync(path.join(root, "content/resources"), { recursive: true });
    fs.writeFileSync(path.join(root, "content/resources/directory.en.yaml"), yaml);
    return root;
  }
  const sources = `  sources:\n    - title: The service's own page\n      url: https://a-line.example/\n`;
  const entry = `- id: a-line\n  name: A line\n  offers: Support by phone.\n  for: [survivors]\n  phone: 1-866-863-0511\n  region: Canada\n  languages: [English]\n${sources}`;
  const complete = `${entry}  traces: Shows in the call log.\n`;

  it("accepts a complete entry", () => {
    expect(loadResources(directoryRoot(complete), "en")).toHaveLength(1);
  });

  it("refuses an entry that does not say what contacting it leaves behind", () => {
    expect(() => loadResources(directoryRoot(entry), "en")).toThrow("directory.en.yaml: a-line.traces");
  });

  it("refuses a phone number written some other way", () => {
    const bad = complete.replace("1-866-863-0511", "(866) 863 0511");
    expect(() => loadResources(directoryRoot(bad), "en")).toThrow("a-line.phone");
  });

  it("refuses an entry that does not say where its details come from", () => {
    expect(() => loadResources(directoryRoot(complete.replace(sources, "")), "en")).toThrow("a-line.sources");
  });

  it("refuses a region that is not Canada or one province or territory: a city goes in area", () => {
    expect(() => loadResources(directoryRoot(complete.replace("region: Canada", "region: Toronto")), "en")).toThrow("a-line.region");
    expect(loadResources(directoryRoot(complete.replace("region: Canada", "region: Ontario\n  area: Toronto")), "en")[0]?.area).toBe("Toronto");
  });

  it("puts on the wallet card only lines that are always open and serve a whole province or the country", () => {
    const card = complete.replace("region: Canada", "region: Ontario\n  cardLabel: Helpline");
    expect(() => loadResources(directoryRoot(card), "en")).toThrow("a-line.cardLabel");
    expect(loadResources(directoryRoot(card.replace("cardLabel", "hours: Always open\n  cardLabel")), "en")[0]?.cardLabel).toBe("Helpline");
    const local = card.replace("cardLabel", "hours: Always open\n  area: Toronto\n  cardLabel");
    expect(() => loadResources(directoryRoot(local), "en")).toThrow("a-line.cardLabel");
  });
});
