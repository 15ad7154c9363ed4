import { describe, expect, it } from "vitest";
import { fieldsOf, type FormFields } from "@/lib/forms/form-fields";
import { entryKindsByKey } from "@/lib/plan/entry-kinds";
import { textLimits } from "@/lib/plan/plan-limits";
import {
  emptyPlan,
  planEntriesSchema,
  safePlaceSchema,
  trustedPersonSchema,
  workplaceContactSchema,
  type TrustedPerson,
} from "@/lib/plan/plan-schema";
import { applySectionPatch, readSectionPatch } from "@/lib/forms/read-section-form";

const SAM = "0b9a2c38-8d3e-4f8e-9a45-2b3c4d5e6f70";
const JO = "1c9a2c38-8d3e-4f8e-9a45-2b3c4d5e6f71";
const BLANK = "7f6e5d4c-3b2a-4190-8877-665544332211";

const sam: TrustedPerson = {
  id: SAM,
  name: "Sam",
  reach: "555-0101",
  canHelpWith: [],
  otherHelp: "",
  codeWord: "",
  knowsAboutPlan: false,
};
const jo: TrustedPerson = {
  id: JO,
  name: "Jo",
  reach: "",
  canHelpWith: [],
  otherHelp: "",
  codeWord: "",
  knowsAboutPlan: false,
};

function fields(pairs: [string, string][]): FormFields {
  const form = new FormData();
  for (const [name, value] of pairs) form.append(name, value);
  return fieldsOf(form) as FormFields;
}

function savedWith(...people: TrustedPerson[]) {
  const entries = emptyPlan().entries;
  entries.trustedPeople = people;
  return entries;
}

function save(pairs: [string, string][], saved = savedWith(sam, jo), autosave = false) {
  const { patch, errors } = readSectionPatch("trusted-people", fields(pairs), { autosave });
  return { entries: applySectionPatch("trusted-people", saved, patch, errors), errors };
}

describe("one field that needs fixing never stops the rest from saving", () => {
  it("a code word over the limit: that person keeps their saved version, the others and the note are saved", () => {
    const { entries, errors } = save([
      ["trustedPeople.0.id", SAM],
      ["trustedPeople.0.name", "Sam"],
      ["trustedPeople.0.reach", "555-0202"],
      ["trustedPeople.0.codeWord", "x".repeat(entryKindsByKey.trustedPeople.limits.codeWord + 1)],
      ["trustedPeople.1.id", JO],
      ["trustedPeople.1.name", "Jo"],
      ["trustedPeople.1.reach", "text first"],
      ["trustedPeople.2.id", BLANK],
      ["trustedPeople.2.name", "Lee"],
      ["note", "Call Jo first."],
    ]);
    expect(errors).toEqual({ "trustedPeople.0.codeWord": "keepUnder?max=60" });
    expect(entries.trustedPeople).toEqual([sam, { ...jo, reach: "text first" }, { ...jo, id: BLANK, name: "Lee" }]);
    expect(entries.notes["trusted-people"]).toBe("Call Jo first.");
  });

  it("“Anything else they could do” over 300 characters gets its own message", () => {
    const { errors } = save([
      ["trustedPeople.0.id", SAM],
      ["trustedPeople.0.name", "Sam"],
      ["trustedPeople.0.otherHelp", "y".repeat(301)],
    ]);
    expect(errors).toEqual({ "trustedPeople.0.otherHelp": "keepUnder?max=300" });
  });

  it("a new row that needs fixing is not saved, and nothing else is held back", () => {
    const { entries, errors } = save(
      [
        ["trustedPeople.0.id", SAM],
        ["trustedPeople.0.name", "Samira"],
        ["trustedPeople.0.reach", "555-0101"],
        ["trustedPeople.1.id", BLANK],
        ["trustedPeople.1.name", ""],
        ["trustedPeople.1.reach", "555-0199"],
      ],
      savedWith(sam),
    );
    expect(errors).toEqual({ "trustedPeople.1.name": "addName" });
    expect(entries.trustedPeople).toEqual([{ ...sam, name: "Samira" }]);
  });

  it("a long note keeps the saved note, and the rows are saved", () => {
    const saved = savedWith(sam);
    saved.notes["trusted-people"] = "Old note";
    const { entries, errors } = save(
      [
        ["trustedPeople.0.id", SAM],
        ["trustedPeople.0.name", "Sam B"],
        ["note", "z".repeat(textLimits.note + 1)],
      ],
      saved,
    );
    expect(errors).toEqual({ note: "keepUnder?max=4000" });
    expect(entries.notes["trusted-people"]).toBe("Old note");
    expect(entries.trustedPeople[0]?.name).toBe("Sam B");
  });

  it("a saved person whose every box was emptied stays, and is asked for a name", () => {
    const { entries, errors } = save(
      [
        ["trustedPeople.0.id", SAM],
        ["trustedPeople.0.name", ""],
        ["trustedPeople.0.reach", ""],
      ],
      savedWith(sam),
    );
    expect(entries.trustedPeople).toEqual([sam]);
    expect(errors).toEqual({ "trustedPeople.0.name": "addName" });
  });

  it("a line break counts as one character, as it does in the box", () => {
    const typed = "a\n".repeat(150);
    const sent = typed.replace(/\n/g, "\r\n");
    const { errors, entries } = save(
      [
        ["trustedPeople.0.id", SAM],
        ["trustedPeople.0.name", "Sam"],
        ["trustedPeople.0.otherHelp", sent],
      ],
      savedWith(sam),
    );
    expect(errors).toEqual({});
    expect(entries.trustedPeople[0]?.otherHelp).toBe(typed.trim());
  });
});

describe("a removal waits for the Save button", () => {
  const marked: [string, string][] = [
    ["trustedPeople.0.id", SAM],
    ["trustedPeople.0.name", "Sam"],
    ["trustedPeople.0.remove", "1"],
    ["trustedPeople.1.id", JO],
    ["trustedPeople.1.name", "Jo"],
  ];

  it("an autosave keeps a person marked to remove, as saved", () => {
    expect(save(marked, savedWith(sam, jo), true).entries.trustedPeople).toEqual([sam, jo]);
  });

  it("the Save button removes them", () => {
    expect(save(marked, savedWith(sam, jo), false).entries.trustedPeople).toEqual([jo]);
  });
});

describe("every limit is the one the form shows", () => {
  const cases = [
    [trustedPersonSchema, { id: SAM, name: "Sam" }, entryKindsByKey.trustedPeople.limits],
    [safePlaceSchema, { id: SAM, place: "Library" }, entryKindsByKey.safePlaces.limits],
    [workplaceContactSchema, { id: SAM, role: "manager" }, entryKindsByKey.workplaceContacts.limits],
  ] as const;
  it.each(cases)("%#: each text field takes its limit and refuses one more", (schema, base, limits) => {
    for (const [field, max] of Object.entries(limits)) {
      expect(schema.safeParse({ ...base, [field]: "a".repeat(max) }).success, `${field} at ${max}`).toBe(true);
      expect(schema.safeParse({ ...base, [field]: "a".repeat(max + 1) }).success, `${field} at ${max + 1}`).toBe(false);
    }
  });

  it("notes take their limit and refuse one more", () => {
    expect(planEntriesSchema.safeParse({ notes: { money: "a".repeat(textLimits.note) } }).success).toBe(true);
    expect(planEntriesSchema.safeParse({ notes: { money: "a".repeat(textLimits.note + 1) } }).success).toBe(false);
  });
});
