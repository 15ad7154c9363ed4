import { afterEach, describe, expect, it, vi } from "vitest";
import { fieldsOf, TOO_MANY_FIELDS, type FormFields } from "@/lib/forms/form-fields";
import { sectionFormSchema } from "@/lib/forms/plan-form-schemas";
import { MAX_ROWS } from "@/lib/plan/plan-limits";
import { changePlanValueSchema, emptyPlan, planEntriesSchema } from "@/lib/plan/plan-schema";
import { applySectionPatch, readSectionPatch } from "@/lib/forms/read-section-form";

const id = (n: number) => `row-${String(n).padStart(6, "0")}`;

function sectionForm(pairs: [string, string][]): FormData {
  const form = new FormData();
  form.append("section", "trusted-people");
  form.append("version", "1");
  for (const [name, value] of pairs) form.append(name, value);
  return form;
}

afterEach(() => vi.restoreAllMocks());

describe("a hostile or oversized plan form", () => {
  it("12,000 trustedPeople.N.id fields are refused with a message, after one pass over the form", () => {
    const get = vi.spyOn(FormData.prototype, "get");
    const getAll = vi.spyOn(FormData.prototype, "getAll");
    const pairs = Array.from({ length: 12_000 }, (_, n): [string, string] => [`trustedPeople.${n}.id`, id(n)]);

    const parsed = sectionFormSchema.safeParse(sectionForm(pairs));

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["form", TOO_MANY_FIELDS],
    ]);
    // The old reader asked the form for each row's fields by name, a scan of the whole form each time.
    expect(get.mock.calls.length + getAll.mock.calls.length, "lookups that scan the whole form").toBe(0);
  });

  it(`more rows than a plan keeps (${MAX_ROWS}) refuses the list with a message, not a shorter list, and still saves the note`, () => {
    const pairs = Array.from({ length: MAX_ROWS + 5 }, (_, n): [string, string][] => [
      [`trustedPeople.${n}.id`, id(n)],
      [`trustedPeople.${n}.name`, `Person ${n}`],
    ]).flat();
    const saved = emptyPlan().entries;
    saved.trustedPeople = [
      { id: id(0), name: "Sam", reach: "", canHelpWith: [], otherHelp: "", codeWord: "", knowsAboutPlan: false },
    ];

    const { patch, errors } = readSectionPatch(
      "trusted-people",
      fieldsOf(sectionForm([...pairs, ["note", "Call Sam"]])) as FormFields,
    );
    const entries = applySectionPatch("trusted-people", saved, patch, errors);

    expect(errors).toEqual({
      trustedPeople: `tooMany.people?max=${MAX_ROWS}`,
    });
    expect(entries.trustedPeople).toEqual(saved.trustedPeople);
    expect(entries.notes["trusted-people"]).toBe("Call Sam");
  });

  it("a new person past the thirtieth is not saved, and says why beside its name", () => {
    const saved = emptyPlan().entries;
    saved.trustedPeople = Array.from({ length: MAX_ROWS }, (_, n) => ({
      id: id(n),
      name: `Person ${n}`,
      reach: "",
      canHelpWith: [],
      otherHelp: "",
      codeWord: "",
      knowsAboutPlan: false,
    }));
    const pairs = saved.trustedPeople.flatMap((person, n): [string, string][] => [
      [`trustedPeople.${n}.id`, person.id],
      [`trustedPeople.${n}.name`, person.name],
    ]);
    pairs.push([`trustedPeople.${MAX_ROWS}.id`, id(99)], [`trustedPeople.${MAX_ROWS}.name`, "One more"]);

    const { patch, errors } = readSectionPatch("trusted-people", fieldsOf(sectionForm(pairs)) as FormFields);
    const entries = applySectionPatch("trusted-people", saved, patch, errors);

    expect(entries.trustedPeople).toHaveLength(MAX_ROWS);
    expect(errors).toEqual({
      [`trustedPeople.${MAX_ROWS}.name`]: `tooMany.people?max=${MAX_ROWS}`,
    });
  });

  it("the schemas refuse lists longer than a plan keeps instead of storing them", () => {
    const person = { id: id(1), name: "Sam", canHelpWith: Array(7).fill("spare-key") };
    expect(
      planEntriesSchema.safeParse({ trustedPeople: [person] }).success,
      "more help ticks than there are kinds of help",
    ).toBe(false);
    const done = Object.fromEntries(Array.from({ length: 501 }, (_, n) => [`idea-${n}`, true]));
    expect(planEntriesSchema.safeParse({ done }).success, "more ideas marked than a plan keeps").toBe(false);
    expect(changePlanValueSchema.safeParse({ done }).success).toBe(false);
    expect(changePlanValueSchema.safeParse({ items: { values: Array(31).fill("a line") } }).success).toBe(false);
  });
});
