import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadStrategies } from "@/lib/content/load-strategies";
import { loadStrategyTranslations } from "@/lib/content/load-strategy-translations";

const root = path.resolve(import.meta.dirname, "../../..");
const english = loadStrategies(root);
const french = loadStrategyTranslations(root, "fr-CA", english);

describe("every plan idea has its French (Canada) words", () => {
  it.each(english.map((strategy) => [strategy.id, strategy] as const))("%s", (id, strategy) => {
    const words = french[id];
    expect(words, `content/strategies/fr-CA/${id}.md`).toBeDefined();
    expect(words?.text).not.toBe(strategy.text);
    expect(Boolean(words?.why)).toBe(Boolean(strategy.why));
  });

  it("keeps every phone number of the English idea", () => {
    // French writes 1 866 863-0511 where English writes 1-866-863-0511: compare the digits.
    const numbers = (text: string) => (text.replace(/(\d)[\s\u00a0-](?=\d)/g, "$1").match(/\d{3,}/g) ?? []).sort();
    const changed = english.filter((strategy) => {
      const words = french[strategy.id];
      return words && numbers(words.text).join() !== numbers(strategy.text).join();
    });
    expect(changed.map((strategy) => strategy.id)).toEqual([]);
  });
});

describe("a translation the content build refuses", () => {
  const write = (name: string, text: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "strategy-words-"));
    fs.mkdirSync(path.join(dir, "content/strategies/fr-CA"), { recursive: true });
    fs.writeFileSync(path.join(dir, "content/strategies/fr-CA", name), text);
    return dir;
  };
  const withWhy = english.find((strategy) => strategy.why);
  const withoutWhy = english.find((strategy) => !strategy.why);

  it("names no English idea", () => {
    const dir = write("no-such-idea.md", "---\nid: no-such-idea\n---\n\nUne idée qui n'existe pas en anglais.\n");
    expect(() => loadStrategyTranslations(dir, "fr-CA", english)).toThrow(/names no strategy/);
  });

  it("lacks the why its English idea has", () => {
    const id = withWhy!.id;
    const dir = write(`${id}.md`, `---\nid: ${id}\n---\n\nUne idée sans la raison qui la fait paraître.\n`);
    expect(() => loadStrategyTranslations(dir, "fr-CA", english)).toThrow(/why/);
  });

  it("adds a why the English idea does not have", () => {
    const id = withoutWhy!.id;
    const dir = write(`${id}.md`, `---\nid: ${id}\nwhy: Vous avez dit oui.\n---\n\nUne idée montrée à tout le monde.\n`);
    expect(() => loadStrategyTranslations(dir, "fr-CA", english)).toThrow(/why/);
  });

  it("carries conditions that belong to the English file", () => {
    const id = withoutWhy!.id;
    const dir = write(`${id}.md`, `---\nid: ${id}\nsection: emergency\n---\n\nUne idée qui change sa section.\n`);
    expect(() => loadStrategyTranslations(dir, "fr-CA", english)).toThrow();
  });
});
