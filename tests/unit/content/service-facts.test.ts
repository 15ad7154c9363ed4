import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "@/lib/content/load-resources";
import { provinces } from "@/lib/content/regions";
import { provincesServed, servesCountry } from "@/lib/content/service-area";

const root = path.resolve(import.meta.dirname, "../../..");
const directory = loadResources(root, "en");

/** Every guidance page and strategy, as the author wrote it, without its front matter. */
const texts = ["content/guidance/en", "content/strategies"].flatMap((folder) =>
  fs
    .readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .map((name) => ({ file: `${folder}/${name}`, body: fs.readFileSync(path.join(root, folder, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "") })),
);

/** Paragraphs and lists on one line each, with the one before (which may be a lead-in such as "In Ontario:"). */
function blocksOf(body: string): { block: string; context: string }[] {
  const blocks = body.split(/\n\s*\n/).map((block) => block.replace(/\s+/g, " ").trim());
  return blocks.map((block, index) => ({ block, context: `${blocks[index - 1] ?? ""} ${block}` }));
}

const numbersOf = (text: string) => text.match(/\b(?:\d-)?\d{3}-\d{3}-\d{4}\b|\b9-8-8\b|\b(?:911|988|686868|45645)\b/g) ?? [];
const digits = (number: string) => number.replace(/\D/g, "");
// A directory entry may give a second, local number in what it offers ("in Metro Vancouver, 604-...").
const knownNumbers = new Set(directory.flatMap((line) => [line.phone, line.tty, line.text?.number, ...numbersOf(line.offers)].filter((n): n is string => !!n).map(digits)));

describe("what the guidance says about services agrees with the directory", () => {
  it("gives only phone and text numbers the directory lists", () => {
    const unknown = texts.flatMap(({ file, body }) => numbersOf(body).filter((number) => !knownNumbers.has(digits(number))).map((number) => `${file}: ${number}`));
    expect(unknown).toEqual([]);
  });

  it("lists no text line that has closed: the Distress Centres text number was replaced by 9-8-8", () => {
    const everything = [...texts.map(({ body }) => body), fs.readFileSync(path.join(root, "content/resources/directory.en.yaml"), "utf8")];
    for (const text of everything) expect(text).not.toContain("45645");
  });

  const regional = directory.filter((line) => !servesCountry(line));
  // 211 is one number for the whole country as well as for provinces' own 211 lines.
  const nationalNumbers = new Set(directory.filter(servesCountry).map((line) => line.phone));
  it("names the region beside every service that serves only one province or city", () => {
    const unplaced: string[] = [];
    for (const { file, body } of texts) {
      for (const { block, context } of blocksOf(body)) {
        for (const line of regional) {
          const ownNumber = line.phone && !nationalNumbers.has(line.phone) && block.includes(line.phone);
          const mentioned = block.includes(line.name) || block.includes(line.name.split(" of ")[0] as string) || ownNumber;
          const places = [...provincesServed(line).map((code) => provinces[code]), ...(line.area ? [line.area, line.area.split(/[ ,]/)[0] as string, line.area.split(" ").at(-1) as string] : [])];
          if (mentioned && !places.some((place) => context.includes(place))) unplaced.push(`${file}: ${line.name} in "${block.slice(0, 80)}…"`);
        }
      }
    }
    expect(unplaced).toEqual([]);
  });

  it("presents Bridges Institute as the Nova Scotia program it is, not a service for all of Canada", () => {
    const mentions = texts.flatMap(({ file, body }) => blocksOf(body).filter(({ block }) => block.includes("Bridges Institute")).map((found) => ({ file, ...found })));
    expect(mentions.length).toBeGreaterThan(0);
    for (const { file, block } of mentions) {
      expect(block, file).toContain("Nova Scotia");
      expect(block, file).not.toMatch(/In Canada, Bridges|Bridges Institute in Canada|one Canadian service/);
    }
  });

  it("never says 911 takes texts without the sign-up and the voice call Text with 9-1-1 needs", () => {
    for (const { file, body } of texts) {
      for (const { block } of blocksOf(body)) {
        if (!/\btext(ing)?\b[^.]*\b9-?1-?1\b|\bText with 9-1-1\b/i.test(block)) continue;
        expect(block, file).toMatch(/register/i);
        expect(block, file).toMatch(/dial 911 as a normal call|voice call/i);
      }
    }
  });

  it("says the duty to report a child in need of protection is everyone's, not only professionals'", () => {
    for (const { file, body } of texts) {
      for (const sentence of body.replace(/\n/g, " ").split(/(?<=[.!?])\s+/)) {
        const dutyOfWorkers = /\b(report)/i.test(sentence) && /\b(have to|has to|must|duty|required?s?)\b/i.test(sentence) && /\b(teachers?|doctors?|counsellors?|professionals?|people who work with children)\b/i.test(sentence);
        if (dutyOfWorkers) expect(sentence, file).toMatch(/\b(anyone|everyone)\b/i);
      }
    }
    const children = texts.find(({ file }) => file.endsWith("children-and-safety.md"))?.body ?? "";
    expect(children).toMatch(/In every province and territory, the law requires anyone who believes a child needs protection/);
  });

  it("promises no more from the resource list than it holds", () => {
    const programsForPeopleWhoUsedViolence = directory.filter((line) => line.for.includes("people-who-used-violence") && /program|counselling/i.test(line.offers));
    for (const { file, body } of texts) {
      expect(body, file).not.toMatch(/\]\(\/resources\)\s+has more|more are in our \[resource/i);
      if (programsForPeopleWhoUsedViolence.length === 0) expect(body, file).not.toMatch(/\[resource (list|directory)\]\(\/resources\) (has|lists) (more )?programs/i);
    }
  });
});
