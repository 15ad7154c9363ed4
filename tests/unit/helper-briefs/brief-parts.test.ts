import { describe, expect, it } from "vitest";
import { briefContentSchema } from "@/lib/helper-briefs/brief-content";
import { briefFromChoices, briefParts, trustedPersonRoles, type BriefSource } from "@/lib/helper-briefs/brief-parts";

const source: BriefSource = {
  roles: ["code-word", "keep-go-bag", "call-for-help", "check-in"],
  canDo: ["Keep a bag of things for me", "  ", "Call for help if I give a signal"],
  signal: { word: "blue umbrella", whatToDo: "  Call 911 and say the address.  " },
  place: "The library on Elm Street, Tuesdays at noon",
};

describe("making a brief from her choices", () => {
  it("holds every chosen part and the typed words, trimmed", () => {
    const brief = briefFromChoices({
      locale: "en",
      source,
      parts: ["canDo", "signal", "place", "ownWords"],
      from: " R. ",
      ownWords: " Thank you for this. ",
    });
    expect(brief).toEqual({
      v: 1,
      locale: "en",
      from: "R.",
      roles: ["code-word", "keep-go-bag", "call-for-help", "check-in"],
      canDo: ["Keep a bag of things for me", "Call for help if I give a signal"],
      signal: { word: "blue umbrella", whatToDo: "Call 911 and say the address." },
      place: "The library on Elm Street, Tuesdays at noon",
      ownWords: "Thank you for this.",
    });
  });

  it("leaves out a part she did not tick, and the roles that would tell of it", () => {
    const brief = briefFromChoices({ locale: "fr-CA", source, parts: ["place"], ownWords: "Merci" });
    expect(brief).toEqual({ v: 1, locale: "fr-CA", roles: ["check-in"], place: source.place });
    expect(JSON.stringify(brief)).not.toContain("blue umbrella");
    expect(JSON.stringify(brief)).not.toContain("bag");
  });

  it("keeps the code word's role only when the signal goes in, and never an empty part", () => {
    const withoutWord = briefFromChoices({
      locale: "en",
      source: { ...source, signal: { word: "  ", whatToDo: "Call" } },
      parts: ["signal", "ownWords"],
      ownWords: "   ",
    });
    expect(withoutWord).toEqual({ v: 1, locale: "en", roles: [] });
  });

  it("names a supporter of the change plan as one whatever parts are chosen", () => {
    const brief = briefFromChoices({ locale: "en", source: { roles: ["change-supporter"] }, parts: [] });
    expect(brief.roles).toEqual(["change-supporter"]);
  });

  it("refuses words longer than the brief allows", () => {
    expect(() => briefFromChoices({ locale: "en", source, parts: ["ownWords"], ownWords: "x".repeat(2001) })).toThrow();
  });

  it("reads the parts from a form's checkboxes, known ones only, once each", () => {
    expect(briefParts(["ownWords", "signal", "signal", "name", "reach", 3])).toEqual(["signal", "ownWords"]);
  });

  it("gives a trusted person the roles of what they could do, and the code word if there is one", () => {
    expect(trustedPersonRoles({ canHelpWith: ["spare-key", "pick-up-children", "made-up"], codeWord: "tea" })).toEqual([
      "code-word",
      "spare-key",
      "pick-up-children",
    ]);
    expect(trustedPersonRoles({ canHelpWith: [], codeWord: " " })).toEqual([]);
  });
});

describe("the content schema", () => {
  it("accepts nothing but the brief's own fields, each within its length", () => {
    const valid = { v: 1, locale: "en", roles: ["spare-key"] };
    expect(briefContentSchema.safeParse(valid).success).toBe(true);
    for (const invalid of [
      { ...valid, v: 2 },
      { ...valid, roles: ["drive-the-car"] },
      { ...valid, from: "x".repeat(81) },
      { ...valid, signal: { word: "x".repeat(61), whatToDo: "" } },
      { ...valid, canDo: Array.from({ length: 13 }, () => "line") },
      { ...valid, place: "x".repeat(601) },
    ]) {
      expect(briefContentSchema.safeParse(invalid).success, JSON.stringify(invalid).slice(0, 60)).toBe(false);
    }
    // Fields the schema does not know are dropped, not carried along into the helper's page.
    expect(briefContentSchema.parse({ ...valid, names: ["Aunt Rowan"] })).toEqual(valid);
  });
});
