import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeChanges } from "@/lib/plan/describe-changes";
import { entryKindOf } from "@/lib/plan/entry-kinds";
import { emptyPlan } from "@/lib/plan/plan-schema";
import { planSectionIds } from "@/lib/plan/plan-sections";
import { fieldsOf, type FormFields } from "@/lib/forms/form-fields";
import { applySectionPatch, readCircumstances, readSectionPatch } from "@/lib/forms/read-section-form";
import { entriesArbitrary } from "./plan-arbitraries";

const SAM = "0b9a2c38-8d3e-4f8e-9a45-2b3c4d5e6f70";
const BLANK = "7f6e5d4c-3b2a-4190-8877-665544332211";

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

function fields(pairs: [string, string][]): FormFields {
  return fieldsOf(form(pairs)) as FormFields;
}

describe("reading a section form", () => {
  it("adds a filled new row, ignores the empty one, and reads ticks and notes", () => {
    const { patch, errors } = readSectionPatch(
      "trusted-people",
      fields([
        ["trustedPeople.0.id", SAM],
        ["trustedPeople.0.name", "Sam"],
        ["trustedPeople.0.reach", "555-0101"],
        ["trustedPeople.0.canHelpWith", "spare-key"],
        ["trustedPeople.0.knowsAboutPlan", "1"],
        ["trustedPeople.1.id", BLANK],
        ["trustedPeople.1.name", ""],
        ["trustedPeople.1.reach", ""],
        ["shown", "choose-your-trusted-people"],
        ["shown", "regular-check-ins"],
        ["done", "regular-check-ins"],
        ["note", "Call Sam first."],
      ]),
    );
    expect(errors).toEqual({});
    const entries = applySectionPatch("trusted-people", emptyPlan().entries, patch);
    expect(entries.trustedPeople).toEqual([
      {
        id: SAM,
        name: "Sam",
        reach: "555-0101",
        canHelpWith: ["spare-key"],
        otherHelp: "",
        codeWord: "",
        knowsAboutPlan: true,
      },
    ]);
    expect(patch.done).toEqual({ "choose-your-trusted-people": false, "regular-check-ins": true });
    expect(patch.note).toBe("Call Sam first.");
  });

  it("names the field of the row that needs fixing, and drops a removed row", () => {
    const { patch, errors } = readSectionPatch(
      "trusted-people",
      fields([
        ["trustedPeople.0.id", SAM],
        ["trustedPeople.0.name", "Sam"],
        ["trustedPeople.0.remove", "1"],
        ["trustedPeople.1.id", BLANK],
        ["trustedPeople.1.name", ""],
        ["trustedPeople.1.reach", "555-0199"],
      ]),
    );
    const before = emptyPlan().entries;
    before.trustedPeople = [
      { id: SAM, name: "Sam", reach: "", canHelpWith: [], otherHelp: "", codeWord: "", knowsAboutPlan: false },
    ];
    expect(applySectionPatch("trusted-people", before, patch).trustedPeople).toEqual([]);
    expect(errors).toEqual({ "trustedPeople.1.name": "addName" });
  });

  it("changes only what the section's form shows", () => {
    fc.assert(
      fc.property(entriesArbitrary, fc.constantFrom(...planSectionIds), (entries, section) => {
        const next = applySectionPatch(section, entries, readSectionPatch(section, fields([["note", "new"]])).patch);
        const untouched = (value: typeof entries) => ({
          ...value,
          notes: {},
          [entryKindOf(section)?.key ?? "none"]: undefined,
        });
        expect(untouched(next)).toEqual(untouched(entries));
        expect(next.notes[section]).toBe("new");
        for (const other of planSectionIds.filter((id) => id !== section))
          expect(next.notes[other]).toBe(entries.notes[other]);
      }),
    );
  });

  it("treats an empty answer as skipped, not as no", () => {
    const { answers } = readCircumstances(
      fields([
        ["livingSituation", ""],
        ["pets", "no"],
        ["childAges", "none"],
        ["otherDependants", ""],
      ]),
    );
    expect(answers).toEqual({ pets: false, childAges: [] });
  });
});

describe("what changed, in plain words", () => {
  it("names added, changed and removed entries by the person's own words", () => {
    const before = emptyPlan();
    before.entries.trustedPeople = [
      { id: SAM, name: "Sam", reach: "", canHelpWith: [], otherHelp: "", codeWord: "", knowsAboutPlan: false },
    ];
    before.entries.safePlaces = [{ id: BLANK, place: "The library", howToGetThere: "", keptThere: "" }];
    const after = structuredClone(before);
    after.circumstances.livingSituation = "left";
    after.entries.trustedPeople[0]!.reach = "555-0101";
    after.entries.safePlaces = [];
    after.entries.notes.money = "Open an account";
    expect(describeChanges(before, after)).toEqual([
      "You changed your answer to “Where are things right now with the person who hurt you?” from skipped to I have left.",
      "You changed the details of a trusted person “Sam”.",
      "You removed a safe place: “The library”.",
      "You changed your notes in “Money”.",
    ]);
  });
});
