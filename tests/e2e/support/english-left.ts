import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

type Bundle = { resources: Record<string, { name: string; sources?: { title: string }[] }[]> };
const content = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../../lib/content/generated/content.json"), "utf8"),
) as Bundle;

/** Names of services and titles of the pages they are sourced from keep their own language. */
const properNames = Object.values(content.resources)
  .flat()
  .flatMap((entry) => [entry.name, ...(entry.sources ?? []).map((source) => source.title)])
  .sort((a, b) => b.length - a.length);

/** Words common in English sentences and never in French ones. */
const ENGLISH_WORDS =
  /\b(the|and|your|you|with|this|that|what|which|saved|changed|please|here|from|have|will|when|there|would|could|should|about|sign in|back to)\b/gi;

/**
 * The English left on a page meant to be French: every phrase of the page's own text, hidden or not
 * (screen readers read hidden labels too), outside parts marked with another language, service
 * names and the given words (a username, say). Returns each hit with the words around it.
 */
export async function englishLeftOn(page: Page, own: string[] = []): Promise<string[]> {
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    // A clone's <noscript> holds its markup as text: read it as the page it shows without JavaScript.
    copy.querySelectorAll("noscript").forEach((node) => {
      const shown = document.createElement("div");
      shown.innerHTML = node.textContent ?? "";
      node.replaceWith(shown);
    });
    copy.querySelectorAll("script, style, template, [lang]:not([lang^=fr])").forEach((node) => node.remove());
    const labels = [...copy.querySelectorAll("[aria-label], [title], [placeholder]")].map((node) =>
      ["aria-label", "title", "placeholder"].map((name) => node.getAttribute(name) ?? "").join(" "),
    );
    return [copy.textContent ?? "", ...labels, document.title].join(" ").replace(/\s+/g, " ");
  });
  let rest = text;
  for (const name of [...own, ...properNames]) rest = rest.split(name).join(" ");
  return [...rest.matchAll(ENGLISH_WORDS)].map((hit) =>
    rest.slice(Math.max(0, hit.index - 40), hit.index + hit[0].length + 40).trim(),
  );
}
