import { describe, expect, it } from "vitest";
import { printChoicesFormSchema } from "@/lib/forms/print-choices-form";
import { buildPlan } from "@/lib/plan/build-plan";
import { emptyPlan, type PlanEntries } from "@/lib/plan/plan-schema";
import {
  defaultPrintChoices,
  entryChoice,
  ideasChoice,
  noteChoice,
  printablePlan,
  printOptions,
} from "@/lib/plan/print-choices";
import { safetyPlanTemplate } from "@/lib/plan/safety-plan-template";
import { library } from "./strategy-library";

const ROWAN = "0b9a2c38-8d3e-4f8e-9a45-2b3c4d5e6f70";
const PLACE = "1c9a2c38-8d3e-4f8e-9a45-2b3c4d5e6f71";

function plan() {
  const entries: PlanEntries = emptyPlan().entries;
  entries.trustedPeople = [
    {
      id: ROWAN,
      name: "Rowan",
      reach: "555-0101",
      canHelpWith: ["spare-key"],
      otherHelp: "",
      codeWord: "bluebird",
      knowsAboutPlan: true,
    },
  ];
  entries.safePlaces = [
    { id: PLACE, place: "14 Juniper Row", howToGetThere: "Bus 12 to King St", keptThere: "a charger" },
  ];
  entries.goBagItems = [{ id: "bag-photo-id", what: "Photo ID", ticked: true, where: "blue tin under the stairs" }];
  entries.notes["safe-places"] = "Ask for the back room.";
  entries.done = { "pack-a-go-bag": true };
  return buildPlan(safetyPlanTemplate, { livingSituation: "with-them" }, entries, library);
}

/** Everything the printed plan would show, as one string. */
const printedText = (printed: ReturnType<typeof printablePlan>) => JSON.stringify(printed);

describe("what goes on paper", () => {
  it("by default: every part and entry, but no address, phone number, code word or hiding place", () => {
    const built = plan();
    const printed = printablePlan(built, defaultPrintChoices(built));
    const text = printedText(printed);
    for (const kept of ["Rowan", "Photo ID", "a charger", "Ask for the back room."]) expect(text).toContain(kept);
    for (const hidden of ["555-0101", "bluebird", "14 Juniper Row", "Bus 12", "blue tin"])
      expect(text).not.toContain(hidden);
    expect(printed.entries.safePlaces[0]).toMatchObject({ place: "", keptThere: "a charger" });
    expect(printed.sections.map((section) => section.id)).toEqual([
      "emergency",
      "trusted-people",
      "safe-places",
      "leaving",
    ]);
  });

  it("prints a sensitive detail only when it is ticked in", () => {
    const built = plan();
    const printed = printablePlan(built, { ...defaultPrintChoices(built), details: ["reach", "whereabouts"] });
    const text = printedText(printed);
    for (const shown of ["555-0101", "14 Juniper Row", "Bus 12"]) expect(text).toContain(shown);
    for (const hidden of ["bluebird", "blue tin"]) expect(text).not.toContain(hidden);
  });

  it("leaves out a part, an entry, a note or the ideas done, and drops a heading left with nothing under it", () => {
    const built = plan();
    const all = defaultPrintChoices(built);
    expect(all.entries).toEqual(
      expect.arrayContaining([entryChoice("trustedPeople", ROWAN), noteChoice("safe-places"), ideasChoice("leaving")]),
    );
    const withoutPlaces = printablePlan(built, { ...all, sections: all.sections.filter((id) => id !== "safe-places") });
    expect(withoutPlaces.sections.map((section) => section.id)).not.toContain("safe-places");
    expect(printedText(withoutPlaces)).not.toContain("a charger");
    expect(printedText(withoutPlaces)).not.toContain("Ask for the back room.");

    const fewer = printablePlan(built, {
      ...all,
      entries: all.entries.filter((id) => ![entryChoice("trustedPeople", ROWAN), ideasChoice("leaving")].includes(id)),
    });
    expect(fewer.sections.map((section) => section.id)).toEqual(["emergency", "safe-places", "leaving"]);
    expect(fewer.sections.find((section) => section.id === "leaving")?.suggestions).toEqual([]);
  });

  it("offers each part with its entries by their titles, and notes and ideas done as entries of their own", () => {
    const options = printOptions(plan(), {
      notes: "Your notes",
      ideasDone: (count) => `Ideas you marked done (${count})`,
    });
    expect(options.find((section) => section.id === "safe-places")).toEqual({
      id: "safe-places",
      title: "Safe places",
      entries: [
        { id: entryChoice("safePlaces", PLACE), label: "14 Juniper Row" },
        { id: noteChoice("safe-places"), label: "Your notes" },
      ],
    });
    expect(options.find((section) => section.id === "leaving")?.entries).toEqual([
      { id: entryChoice("goBagItems", "bag-photo-id"), label: "Photo ID" },
      { id: ideasChoice("leaving"), label: "Ideas you marked done (1)" },
    ]);
  });
});

describe("the print form", () => {
  function read(pairs: [string, string][]) {
    const form = new FormData();
    for (const [name, value] of pairs) form.append(name, value);
    return printChoicesFormSchema.parse(form);
  }

  it("keeps only ids it knows the shape of, so no words typed elsewhere can ride along", () => {
    expect(
      read([
        ["section", "money"],
        ["section", "not-a-part"],
        ["entry", entryChoice("trustedPeople", ROWAN)],
        ["entry", "14 Juniper Row, flat 3"],
        ["detail", "codeWord"],
        ["detail", "everything"],
      ]),
    ).toEqual({
      choices: { sections: ["money"], entries: [entryChoice("trustedPeople", ROWAN)], details: ["codeWord"] },
      step: "print",
    });
  });

  it("asks for the choices again only when told to", () => {
    expect(read([["step", "choose"]]).step).toBe("choose");
    expect(read([]).choices).toEqual({ sections: [], entries: [], details: [] });
  });
});
