import { describe, expect, it } from "vitest";
import { fieldsOf, type FormFields } from "@/lib/forms/form-fields";
import { applySectionPatch, readSectionPatch } from "@/lib/forms/read-section-form";
import { describeChanges } from "@/lib/plan/describe-changes";
import { entryKinds, entryKindsByKey, suggestionById } from "@/lib/plan/entry-kinds";
import { entrySchemas } from "@/lib/plan/entry-kinds/entry-schemas";
import { emptyPlan, type PlanEntries } from "@/lib/plan/plan-schema";
import englishFiles from "@/messages/en/planFiles.json";

const OWN = "0b9a2c38-8d3e-4f8e-9a45-2b3c4d5e6f70";
const NEW = "7f6e5d4c-3b2a-4190-8877-665544332211";
const goBag = entryKindsByKey.goBagItems;
const checklists = entryKinds.filter((kind) => kind.checklist);

function fields(pairs: [string, string][]): FormFields {
  const form = new FormData();
  for (const [name, value] of pairs) form.append(name, value);
  return fieldsOf(form) as FormFields;
}

/** The leaving form as drawn: every suggestion untouched, unless `changed` says otherwise. */
function leavingForm(changed: Record<string, [string, string][]> = {}, extra: [string, string][] = []) {
  const rows = (goBag.suggested ?? []).flatMap((row, index): [string, string][] => [
    [`goBagItems.${index}.id`, row.id],
    ...(
      changed[row.id] ?? [
        ["what", row.what],
        ["where", ""],
      ]
    ).map(([name, value]): [string, string] => [`goBagItems.${index}.${name}`, value]),
  ]);
  return fields([...rows, ...extra]);
}

function save(form: FormFields, saved: PlanEntries = emptyPlan().entries, autosave = false) {
  const { patch, errors } = readSectionPatch("leaving", form, { autosave });
  return { entries: applySectionPatch("leaving", saved, patch, errors), errors };
}

describe("a checklist kind for each of the five parts", () => {
  it("covers papers and a go-bag, children, pets, technology and money, one kind per part", () => {
    expect(checklists.map((kind) => kind.section)).toEqual(["leaving", "children", "pets", "technology", "money"]);
  });

  it("starts each with suggestions whose ids are unique across every kind and fit a row id", () => {
    const ids = checklists.flatMap((kind) => kind.suggested?.map((row) => row.id) ?? []);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of checklists) expect(kind.suggested?.length, kind.key).toBeGreaterThanOrEqual(5);
    for (const id of ids) expect(entrySchemas.goBagItems.safeParse({ id, what: "x" }).success, id).toBe(true);
    expect(suggestionById("bag-health-card")).toMatchObject({
      kind: { key: "goBagItems" },
      row: { what: "Health card" },
    });
  });

  it.each(checklists.map((kind) => [kind.key, kind] as const))(
    "%s: what it is and where it is take their limits and refuse one more",
    (key, kind) => {
      const schema = entrySchemas[key as keyof typeof entrySchemas];
      for (const [field, max] of Object.entries(kind.limits as Record<string, number>)) {
        const row = { id: OWN, what: "Passport", [field]: "a".repeat(max) };
        expect(schema.safeParse(row).success, `${field} at ${max}`).toBe(true);
        expect(schema.safeParse({ ...row, [field]: "a".repeat(max + 1) }).success, `${field} at ${max + 1}`).toBe(
          false,
        );
      }
      expect(kind.limits).toEqual({ what: 120, where: 200 });
    },
  );
});

describe("a suggestion becomes the person's own only when they tick, change or note it", () => {
  it("an untouched suggestion is not saved, and needs nothing fixed", () => {
    expect(save(leavingForm())).toEqual({ entries: emptyPlan().entries, errors: {} });
  });

  it("a ticked one, a noted one and an item of their own are saved; the rest are not", () => {
    const { entries, errors } = save(
      leavingForm(
        {
          "bag-health-card": [
            ["what", "Health card"],
            ["ticked", "1"],
          ],
          "bag-keys": [
            ["what", "Spare keys for home and the car"],
            ["where", "with Jo"],
          ],
        },
        [
          ["goBagItems.40.id", NEW],
          ["goBagItems.40.what", "Grandmother's letters"],
          ["goBagItems.40.where", "blue tin"],
        ],
      ),
    );
    expect(errors).toEqual({});
    expect(entries.goBagItems).toEqual([
      { id: "bag-health-card", what: "Health card", ticked: true, where: "" },
      { id: "bag-keys", what: "Spare keys for home and the car", ticked: false, where: "with Jo" },
      { id: NEW, what: "Grandmother's letters", ticked: false, where: "blue tin" },
    ]);
  });

  it("a saved suggestion unticked again stays the person's, unticked", () => {
    const saved = emptyPlan().entries;
    saved.goBagItems = [{ id: "bag-health-card", what: "Health card", ticked: true, where: "" }];
    expect(save(leavingForm(), saved).entries.goBagItems).toEqual([
      { id: "bag-health-card", what: "Health card", ticked: false, where: "" },
    ]);
  });

  it("a suggestion left out with the Save button is remembered; an autosave waits; it can be brought back", () => {
    const leaveOut = leavingForm({ "bag-clothes": [["remove", "1"]] });
    expect(save(leaveOut, emptyPlan().entries, true).entries.leftOut).toEqual([]);
    const { entries } = save(leaveOut);
    expect(entries.leftOut).toEqual(["bag-clothes"]);
    expect(save(leavingForm({}, [["bringBack", "bag-clothes"]]), entries).entries.leftOut).toEqual([]);
    // Only a suggestion of this part can be brought back or left out.
    expect(save(leavingForm({}, [["bringBack", "pet-food"]]), entries).entries.leftOut).toEqual(["bag-clothes"]);
  });

  it("a bad row never blocks the rest: a long “where” keeps that item out, the others and the note are saved", () => {
    const { entries, errors } = save(
      leavingForm(
        {
          "bag-health-card": [
            ["what", "Health card"],
            ["where", "w".repeat(201)],
          ],
          "bag-keys": [
            ["what", "Spare keys for home and the car"],
            ["ticked", "1"],
          ],
        },
        [["note", "The bag is at Jo's."]],
      ),
    );
    expect(errors).toEqual({ "goBagItems.1.where": "keepUnder?max=200" });
    expect(entries.goBagItems.map((row) => row.id)).toEqual(["bag-keys"]);
    expect(entries.notes.leaving).toBe("The bag is at Jo's.");
  });

  it("an item with no words is asked for them, and is not saved", () => {
    const { entries, errors } = save(
      fields([
        ["goBagItems.0.id", NEW],
        ["goBagItems.0.what", ""],
        ["goBagItems.0.where", "in the car"],
      ]),
    );
    expect(errors).toEqual({ "goBagItems.0.what": "sayWhatItem" });
    expect(entries.goBagItems).toEqual([]);
  });
});

describe("what changed and how a checklist prints", () => {
  it("names added, ticked, unticked, changed and removed items, and suggestions left out or brought back", () => {
    const before = emptyPlan();
    before.entries.goBagItems = [
      { id: "bag-health-card", what: "Health card", ticked: false, where: "" },
      { id: "bag-keys", what: "Spare keys", ticked: true, where: "" },
      { id: "bag-bank-cards", what: "Bank cards", ticked: false, where: "" },
    ];
    before.entries.leftOut = ["bag-medication"];
    const after = structuredClone(before);
    after.entries.goBagItems = [
      { id: "bag-health-card", what: "Health card", ticked: true, where: "" },
      { id: "bag-keys", what: "Spare keys", ticked: false, where: "" },
      { id: OWN, what: "Letters", ticked: false, where: "tin" },
    ];
    after.entries.moneyItems = [{ id: "money-set-aside", what: "Money set aside", ticked: false, where: "tin" }];
    after.entries.leftOut = ["bag-clothes"];
    expect(describeChanges(before, after)).toEqual([
      "You ticked “Health card” on your list of papers and a go-bag.",
      "You unticked “Spare keys” on your list of papers and a go-bag.",
      "You added an item on your list of papers and a go-bag: “Letters”.",
      "You removed an item on your list of papers and a go-bag: “Bank cards”.",
      "You added an item on your list for money: “Money set aside”.",
      "You left out the suggestion “A change of clothes”.",
      "You asked to see the suggestion “Medication and prescriptions” again.",
    ]);
    const moved = structuredClone(after);
    moved.entries.goBagItems[2]!.where = "under the stairs";
    expect(describeChanges(after, moved)).toEqual([
      "You changed the details of an item on your list of papers and a go-bag “Letters”.",
    ]);
  });

  it("prints each item with its tick and where it is", () => {
    const printWords = { ...englishFiles.rows, choices: {} };
    expect(goBag.print({ id: OWN, what: "Passport", ticked: true, where: "with Jo" }, printWords)).toEqual({
      heading: "Passport",
      aside: "ticked",
      details: ["where it is: with Jo"],
    });
    expect(goBag.print({ id: OWN, what: "Keys", ticked: false, where: "" }, printWords)).toEqual({
      heading: "Keys",
      aside: "not ticked yet",
      details: [],
    });
  });
});
