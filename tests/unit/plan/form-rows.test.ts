import { describe, expect, it } from "vitest";
import { formRows } from "@/components/plan/form-rows";
import { draftOf } from "@/lib/forms/draft-of";

type Place = { id: string; place: string; howToGetThere: string; keptThere: string };
const place = (id: string, name: string): Place => ({ id, place: name, howToGetThere: "", keptThere: "" });
const blank = place("blank-new", "");

function form(pairs: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of pairs) data.append(name, value);
  return data;
}

describe("the rows a form draws after a save", () => {
  const sent = form([
    ["safePlaces.0.id", "lib-0001"],
    ["safePlaces.0.place", "Library"],
    ["safePlaces.0.remove", "1"],
    ["safePlaces.1.id", "aunt-0002"],
    ["safePlaces.1.place", "Aunt's"],
    ["safePlaces.2.id", "blank-old"],
    ["safePlaces.2.place", "Gym"],
    ["safePlaces.2.keptThere", "x".repeat(301)],
  ]);

  it("a removed row is gone, a saved one shows, and a new row that needs fixing keeps its words and messages", () => {
    const rows = formRows([place("aunt-0002", "Aunt's")], "safePlaces", blank, {
      draft: draftOf(sent),
      errors: { "safePlaces.2.keptThere": "keepUnder?max=300" },
      unsaved: false,
    });
    expect(rows.map((row) => [row.index, row.item.id, row.isNew, row.item.place])).toEqual([
      [0, "aunt-0002", false, "Aunt's"],
      [1, "blank-old", true, "Gym"],
    ]);
    expect(rows[1]?.errors).toEqual({ keptThere: "keepUnder?max=300" });
  });

  it("when nothing was saved, every row comes back as sent, the removal still marked", () => {
    const rows = formRows([place("lib-0001", "Library"), place("aunt-0002", "Aunt's")], "safePlaces", blank, {
      draft: draftOf(sent),
      errors: {},
      unsaved: true,
    });
    expect(rows.map((row) => [row.item.id, row.removing, row.isNew])).toEqual([
      ["lib-0001", true, false],
      ["aunt-0002", false, false],
      ["blank-old", false, true],
    ]);
  });

  it("with nothing to fix, the saved rows and one blank row", () => {
    const rows = formRows([place("aunt-0002", "Aunt's")], "safePlaces", blank, { errors: {}, unsaved: false });
    expect(rows.map((row) => row.item.id)).toEqual(["aunt-0002", "blank-new"]);
  });
});

describe("what is sent back into the page", () => {
  it("never carries the passphrase or username typed to sign in again, nor fields that are not the plan's", () => {
    const draft = draftOf(
      form([
        ["note", "Call Jo"],
        ["signInUsername", "maple"],
        ["signInPassphrase", "quiet words here"],
        ["$ACTION_ID_x", ""],
        ["__proto__", "x"],
        ["other", "y"],
      ]),
    );
    expect(draft).toEqual({ note: ["Call Jo"] });
  });
});
