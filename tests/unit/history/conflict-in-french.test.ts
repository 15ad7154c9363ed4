import { describe, expect, it } from "vitest";
import { conflictOf } from "@/lib/content/conflict-of";
import { emptyPlan, type PlanValue } from "@/lib/plan/plan-schema";

const withNote = (note: string): PlanValue => {
  const plan = emptyPlan();
  return { ...plan, entries: { ...plan.entries, notes: { ...plan.entries.notes, emergency: note } } };
};

describe("the notice when another tab saved first", () => {
  it("lists what is different in the reader's language", () => {
    const saved = withNote("from the other tab");
    const mine = withNote("from this tab");
    expect(conflictOf(saved, mine, "fr-CA").differences).toEqual([
      "Vous avez modifié vos notes dans « En cas d'urgence ».",
    ]);
    expect(conflictOf(saved, mine, "en").differences).toEqual(["You changed your notes in “In an emergency”."]);
  });

  it("keeps both versions, so the form can be drawn again from the person's own", () => {
    const conflict = conflictOf(withNote("a"), withNote("b"), "fr-CA");
    expect(conflict.mine.entries.notes.emergency).toBe("b");
    expect(conflict.saved.entries.notes.emergency).toBe("a");
  });
});
