import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { helperRoles, type BriefContent } from "@/lib/helper-briefs/brief-content";
import bundle from "@/lib/content/generated/content.json";
import english from "@/messages/en/helperNote.json";
import french from "@/messages/fr-CA/helperNote.json";
import { briefBlocks, type BriefWords } from "./brief-blocks";

const words: BriefWords = {
  from: "From: {from}",
  rolesHeading: "Roles",
  guidanceLink: "Ideas",
  canDoHeading: "Could do",
  signalHeading: "Signal",
  whatToDoHeading: "What to do",
  placeHeading: "Place",
  ownWordsHeading: "Own words",
  roles: { "code-word": { name: "Knowing a code word", href: "/guide/x#knowing-a-code-word" } },
};
const blocks = (content: BriefContent) =>
  (vm.runInNewContext(`(${String(briefBlocks)})`) as typeof briefBlocks)(content, words);

describe("a note shows what was chosen and nothing else", () => {
  it("an empty note has nothing to show", () => {
    expect(blocks({ v: 1, locale: "en", roles: [] })).toEqual([]);
  });

  it("shows each part in reading order, with the sender in her own words", () => {
    const shown = blocks({
      v: 1,
      locale: "en",
      from: "Your friend from choir",
      roles: ["code-word"],
      signal: { word: "pineapple", whatToDo: "Call 911." },
      ownWords: "Thank you.",
    });
    expect(shown).toEqual([
      { kind: "from", text: "From: Your friend from choir" },
      {
        kind: "list",
        heading: "Roles",
        items: [{ text: "Knowing a code word", href: "/guide/x#knowing-a-code-word", linkText: "Ideas" }],
      },
      { kind: "text", heading: "Signal", text: "pineapple", strong: true },
      { kind: "text", heading: "What to do", text: "Call 911.", strong: false },
      { kind: "text", heading: "Own words", text: "Thank you.", strong: false },
    ]);
  });

  it("a role the page has no words for is not shown", () => {
    expect(blocks({ v: 1, locale: "en", roles: ["spare-key"] })).toEqual([]);
  });
});

describe("every part a helper can hold has its words and its guidance, in both languages", () => {
  const guidance = (bundle as { guidance: { slug: string; language: string; html: string }[] }).guidance;
  it.each([
    ["en", english],
    ["fr-CA", french],
  ] as const)("%s", (language, messages) => {
    for (const role of helperRoles) {
      expect(messages.roles[role]).toBeTruthy();
      const anchor = messages.anchors[role];
      const slug =
        role === "change-supporter" ? "caring-about-the-person-who-used-violence" : "helping-with-a-safety-plan";
      const page = guidance.find((candidate) => candidate.slug === slug && candidate.language === language);
      expect(page?.html).toContain(`id="${anchor}"`);
    }
  });
});
