import { describe, expect, it } from "vitest";
import { briefForOf, readBriefForm } from "@/lib/forms/brief-form";
import { briefFormLimits } from "@/lib/forms/brief-form-limits";
import { briefRolesOf } from "@/lib/forms/brief-roles";
import { briefContentSchema } from "@/lib/helper-briefs/brief-content";

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

const filled: [string, string][] = [
  ["person", "abc-123-def"],
  ["label", "Sam"],
  ["part", "signal"],
  ["part", "ownWords"],
  ["word", "pineapple"],
  ["whatToDo", "Call my sister"],
  ["ownWords", "Thank you"],
  ["days", "90"],
];

describe("the brief form", () => {
  it("reads every part ticked, the words typed and the days chosen", () => {
    const read = readBriefForm(form([...filled, ["step", "make"]]))!;
    expect(read.step).toBe("make");
    expect(read.for).toEqual({ kind: "person", id: "abc-123-def" });
    expect(read.values.parts).toEqual(["signal", "ownWords"]);
    expect(read.parsed).toMatchObject({ word: "pineapple", whatToDo: "Call my sister", days: 90 });
    expect(read.fieldErrors).toEqual({});
  });

  it("says beside each field what is missing for a ticked part, and keeps every word typed", () => {
    const read = readBriefForm(
      form([
        ["supporter", "2"],
        ["label", " "],
        ["part", "place"],
        ["part", "ownWords"],
        ["ownWords", "kept"],
      ]),
    )!;
    expect(read.for).toEqual({ kind: "supporter", index: 2 });
    expect(read.parsed).toBeUndefined();
    expect(read.fieldErrors).toEqual({ label: "label", place: "place" });
    expect(read.values.ownWords).toBe("kept");
  });

  it("asks for at least one part, and refuses days that are not one of the choices", () => {
    const read = readBriefForm(
      form([
        ["person", "abc-123-def"],
        ["label", "Sam"],
        ["days", "1000"],
      ]),
    )!;
    expect(read.fieldErrors.parts).toBe("noParts");
    expect(read.fieldErrors.days).toBeDefined();
  });

  it("holds each box to the brief's own limit, which the markup uses too", () => {
    const long = "x".repeat(briefFormLimits.word + 1);
    const fields = filled.map(([name, value]): [string, string] => [name, name === "word" ? long : value]);
    const read = readBriefForm(form(fields))!;
    expect(read.fieldErrors.word).toBe(`keepUnder?max=${briefFormLimits.word}`);
    const shape = briefContentSchema.shape;
    expect(shape.signal.unwrap().shape.word.maxLength).toBe(briefFormLimits.word);
    expect(shape.signal.unwrap().shape.whatToDo.maxLength).toBe(briefFormLimits.whatToDo);
    expect(shape.place.unwrap().maxLength).toBe(briefFormLimits.place);
    expect(shape.ownWords.unwrap().maxLength).toBe(briefFormLimits.ownWords);
    expect(shape.from.unwrap().maxLength).toBe(briefFormLimits.from);
  });

  it("refuses a form with far more fields than it has, before reading it", () => {
    expect(
      readBriefForm(form(Array.from({ length: 41 }, () => ["part", "canDo"] as [string, string]))),
    ).toBeUndefined();
  });

  it("names nobody from an address that is not a row id or a place in the list", () => {
    expect(briefForOf({ person: "../../etc" })).toBeUndefined();
    expect(briefForOf({ supporter: "-1" })).toBeUndefined();
    expect(briefForOf({})).toBeUndefined();
  });
});

describe("the roles a brief speaks to", () => {
  const person = ["code-word", "keep-go-bag", "spare-key"] as const;

  it("come only from the parts ticked: an unticked 'what they could do' leaves no hint of it", () => {
    expect(briefRolesOf(person, { parts: ["ownWords"], word: "" })).toEqual([]);
    expect(briefRolesOf(person, { parts: ["canDo"], word: "pineapple" })).toEqual(["keep-go-bag", "spare-key"]);
  });

  it("name the code word only when the signal is ticked with a word, and a check-in with the place", () => {
    expect(briefRolesOf(person, { parts: ["signal", "place"], word: "pineapple" })).toEqual(["code-word", "check-in"]);
    expect(briefRolesOf(person, { parts: ["signal"], word: " " })).toEqual([]);
    expect(briefRolesOf(["change-supporter"], { parts: ["ownWords"], word: "" })).toEqual(["change-supporter"]);
  });
});
