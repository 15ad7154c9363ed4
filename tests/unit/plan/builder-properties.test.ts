import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/plan/build-plan";
import { entryKinds, type EntryKey } from "@/lib/plan/entry-kinds";
import type { Circumstances, StrategyCondition } from "@/lib/plan/circumstances";
import { emptyPlan } from "@/lib/plan/plan-schema";
import { safetyPlanTemplate } from "@/lib/plan/safety-plan-template";
import { circumstancesArbitrary, entriesArbitrary } from "./plan-arbitraries";
import { library } from "./strategy-library";

const safetyStrategies = library.filter((strategy) =>
  safetyPlanTemplate.sections.some((section) => section.id === strategy.section),
);

describe("the plan builder", () => {
  it("never drops or alters anything the person wrote, and shows every part of it", () => {
    fc.assert(
      fc.property(circumstancesArbitrary, entriesArbitrary, (answers, entries) => {
        const before = structuredClone(entries);
        const built = buildPlan(safetyPlanTemplate, answers, entries, library);
        expect(built.entries).toEqual(before);
        expect(entries).toEqual(before);
        const shown = new Set(built.sections.map((section) => section.id));
        const suggested = new Set(
          built.sections.flatMap((section) => section.suggestions.map((suggestion) => suggestion.id)),
        );
        expect(shown.has("trusted-people") && shown.has("safe-places")).toBe(true);
        for (const kind of entryKinds)
          if (entries[kind.key as EntryKey].length > 0)
            expect(shown.has(kind.section), `rows of ${kind.key}`).toBe(true);
        for (const section of Object.keys(entries.notes))
          expect(shown.has(section as never), `notes in ${section}`).toBe(true);
        for (const id of Object.keys(entries.done))
          if (safetyStrategies.some((strategy) => strategy.id === id))
            expect(suggested.has(id), `marked ${id}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same plan for the same input", () => {
    fc.assert(
      fc.property(circumstancesArbitrary, entriesArbitrary, (answers, entries) => {
        expect(buildPlan(safetyPlanTemplate, answers, entries, library)).toEqual(
          buildPlan(safetyPlanTemplate, structuredClone(answers), structuredClone(entries), library),
        );
      }),
      { numRuns: 200 },
    );
  });

  it.each(safetyStrategies.map((strategy) => [strategy.id, strategy] as const))(
    "can show %s to someone whose answers fit it",
    (_id, strategy) => {
      const built = buildPlan(safetyPlanTemplate, answersFor(strategy.when), emptyPlan().entries, library);
      const suggestion = built.sections
        .flatMap((section) => section.suggestions)
        .find((candidate) => candidate.id === strategy.id);
      expect(suggestion?.why).toBe(strategy.why ?? "Part of every plan.");
    },
  );
});

/** The simplest answers that meet a strategy's conditions. */
function answersFor(condition: StrategyCondition | undefined): Circumstances {
  const answers: Record<string, unknown> = {};
  for (const [key, expected] of Object.entries(condition ?? {})) {
    if (key === "hasChildren") answers.childAges = expected ? (answers.childAges ?? ["5-12"]) : [];
    else if (key === "risk") answers.risk = { [(expected as string[])[0] as string]: "yes" };
    else if (key === "childAges") answers.childAges = [(expected as string[])[0]];
    else answers[key] = Array.isArray(expected) ? expected[0] : expected;
  }
  return answers as Circumstances;
}
