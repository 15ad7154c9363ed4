import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { supportedLocales } from "@/i18n/locales";
import { loadPlanWords, planWordNamespaces } from "@/lib/content/load-plan-words";
import { planWordsIn, type LanguagePlanWords } from "@/lib/content/plan-words-in";
import bundle from "@/lib/content/generated/content.json";

const repo = path.resolve(import.meta.dirname, "../../..");
const root = fs.mkdtempSync(path.join(os.tmpdir(), "plan-words-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A copy of the locales file and the plan's message files, with one more language written in English plus a marker. */
function withExtraLanguage(code: string): void {
  const locales = [...supportedLocales, { code, name: "Extra", dir: "ltr" }];
  fs.mkdirSync(path.join(root, "i18n"), { recursive: true });
  fs.writeFileSync(path.join(root, "i18n/locales.json"), JSON.stringify(locales));
  for (const { code: language } of locales) {
    const folder = path.join(root, "messages", language);
    fs.mkdirSync(folder, { recursive: true });
    for (const namespace of planWordNamespaces) {
      const source = path.join(repo, "messages", language === code ? "en" : language, `${namespace}.json`);
      const words = JSON.parse(fs.readFileSync(source, "utf8")) as Record<string, { addTitle?: string }>;
      if (language === code && namespace === "planEntries") words.trustedPeople!.addTitle = "Add a person (extra)";
      fs.writeFileSync(path.join(folder, `${namespace}.json`), JSON.stringify(words));
    }
  }
}

describe("the plan's words come in every language the locales file names", () => {
  it("a language added to i18n/locales.json brings its plan words with no code change", () => {
    withExtraLanguage("xx-EX");
    const all = loadPlanWords(root) as Record<string, LanguagePlanWords>;
    expect(Object.keys(all)).toEqual([...supportedLocales.map((locale) => locale.code), "xx-EX"]);
    expect(planWordsIn(all, "xx-EX", "en").planEntries.trustedPeople.addTitle).toBe("Add a person (extra)");
    expect(planWordsIn(all, "fr-CA", "en").planEntries.trustedPeople.addTitle).toBe("Ajouter une personne");
  });

  it("a language the bundle does not have gets the default language's words", () => {
    const all = loadPlanWords(repo) as Record<string, LanguagePlanWords>;
    expect(planWordsIn(all, "de-DE", "en")).toBe(all.en);
  });

  it("the content bundle the app reads holds every language of the locales file", () => {
    const planWords = (bundle as unknown as { planWords: Record<string, unknown> }).planWords;
    expect(Object.keys(planWords)).toEqual(supportedLocales.map((locale) => locale.code));
  });
});
