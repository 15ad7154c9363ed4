import { describe, expect, it } from "vitest";
import { fieldsOf, type FormFields } from "@/lib/forms/form-fields";
import { applySectionPatch, readSectionPatch } from "@/lib/forms/read-section-form";
import { entryKinds, entryKindsByKey } from "@/lib/plan/entry-kinds";
import { wordedKind } from "@/lib/plan/entry-kinds/worded-kind";
import { emptyPlan } from "@/lib/plan/plan-schema";
import english from "@/messages/en/planEntries.json";
import french from "@/messages/fr-CA/planEntries.json";

const goBag = wordedKind(entryKindsByKey.goBagItems, french);

/** The leaving form as a French reader sees it: every suggestion in its French words, untouched unless `changed` says. */
function frenchLeavingForm(changed: Record<string, [string, string][]> = {}): FormFields {
  const form = new FormData();
  (goBag.suggested ?? []).forEach((row, index) => {
    form.append(`goBagItems.${index}.id`, row.id);
    for (const [name, value] of changed[row.id] ?? [
      ["what", row.what],
      ["where", ""],
    ])
      form.append(`goBagItems.${index}.${name}`, value);
  });
  return fieldsOf(form) as FormFields;
}

const save = (form: FormFields) => {
  const { patch, errors } = readSectionPatch("leaving", form, { autosave: false });
  return { entries: applySectionPatch("leaving", emptyPlan().entries, patch, errors), errors };
};

describe("checklists in French", () => {
  it("offer every suggestion, heading and label in French, and keep the kind's ids and limits", () => {
    for (const kind of entryKinds) {
      const worded = wordedKind(kind, french);
      expect(Object.keys(worded.fields)).toEqual(Object.keys(kind.fields));
      expect(worded.limits).toEqual(kind.limits);
      expect(worded.suggested?.map((row) => row.id)).toEqual(kind.suggested?.map((row) => row.id));
      for (const row of worded.suggested ?? [])
        expect(row.what).not.toBe(kind.suggested?.find((r) => r.id === row.id)?.what);
      for (const label of Object.values(worded.labels)) expect(Object.values(kind.labels)).not.toContain(label);
      expect(worded.addTitle).not.toBe(kind.addTitle);
    }
    expect(goBag.checklist?.title).toBe("Votre liste : papiers et sac de départ");
    expect(wordedKind(entryKindsByKey.goBagItems, english)).toMatchObject({ addTitle: "Add something to this list" });
  });

  it("save nothing for a French suggestion left as offered, and save a ticked one in its French words", () => {
    expect(save(frenchLeavingForm())).toEqual({ entries: emptyPlan().entries, errors: {} });
    const { entries, errors } = save(
      frenchLeavingForm({
        "bag-health-card": [
          ["what", "Carte d'assurance maladie"],
          ["ticked", "1"],
        ],
      }),
    );
    expect(errors).toEqual({});
    expect(entries.goBagItems).toEqual([
      { id: "bag-health-card", what: "Carte d'assurance maladie", ticked: true, where: "" },
    ]);
  });

  it("head a contact without a name by who they are, in French", () => {
    const contacts = wordedKind(entryKindsByKey.workplaceContacts, french);
    const title = contacts.titleOf as (row: Record<string, unknown>) => string;
    expect(title({ id: "x", role: "union-rep", name: "", willDo: [], otherHelp: "" })).toBe(
      "Représentante ou représentant syndical",
    );
    expect(title({ id: "x", role: "", name: "", willDo: [], otherHelp: "" })).toBe("Personne-ressource");
  });
});
