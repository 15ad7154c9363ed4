import { describe, expect, it } from "vitest";
import { REPLACE_LINKS_SCRIPT } from "@/scripts/static-pages/replace-links-script";
import { stripRuntime } from "@/scripts/static-pages/strip-runtime";

const QUICK_EXIT = "(function(a){document.title})({})";
const rendered = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="abc" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" nonce="abc" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async="" nonce="abc"></script>',
  `<script nonce="abc">${QUICK_EXIT}</script>`,
  "<title>Reading · Harbour</title></head><body><main><h1>Going</h1></main>",
  '<script nonce="abc" id="_R_">(globalThis["TURBOPACK"] || []).push(1)</script>',
  '<script nonce="abc">self.__next_f.push([1,"payload"])</script></body></html>',
].join("");

describe("stripRuntime", () => {
  it("keeps the page, its styles and our inline script, and drops every script of Next's and every nonce", () => {
    const page = stripRuntime(rendered);
    expect(page).not.toBeNull();
    const html = page?.html ?? "";
    expect(html).toContain("<h1>Going</h1>");
    expect(html).toContain('href="/_next/static/chunks/a.css"');
    expect(html).not.toMatch(/chunks\/[bc]\.js|__next_f|TURBOPACK|nonce/);
    expect(html.match(/<script>/g)).toHaveLength(2);
    expect(page?.inlineScripts).toEqual([QUICK_EXIT, REPLACE_LINKS_SCRIPT]);
    for (const script of page?.inlineScripts ?? []) expect(html).toContain(`<script>${script}</script>`);
  });

  it("refuses a page whose content still waits for Next's scripts", () => {
    const streaming = rendered.replace("<h1>Going</h1>", '<!--$?--><template id="B:0"></template><!--/$-->');
    expect(stripRuntime(streaming)).toBeNull();
  });
});
