import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPlan, KEPT_BECAUSE_TICKED, KEPT_BECAUSE_WRITTEN, SHOWN_TO_EVERYONE } from "@/lib/plan/build-plan";
import { entryKinds, type EntryKey } from "@/lib/plan/entry-kinds";
import type { Circumstances, StrategyCondition } from "@/lib/plan/circumstances";
import { emptyPlan } from "@/lib/plan/plan-schema";
import { priorityIds } from "@/lib/plan/priorities";
import { focusOf, mattersMost } from "@/lib/plan/priority-serves";
import { safetyPlanTemplate } from "@/lib/plan/safety-plan-template";
import { circumstancesArbitrary, entriesArbitrary, safetyAnswersArbitrary } from "./plan-arbitraries";
import { strategiesWithReflection } from "./reflection-strategies";
import { library } from "./strategy-library";

const inSafetyPlan = (strategy: { section: string }) =>
  safetyPlanTemplate.sections.some((section) => section.id === strategy.section);
const safetyStrategies = library.filter(inSafetyPlan);
const safetyIdeas = new Set(strategiesWithReflection.filter(inSafetyPlan).map((strategy) => strategy.id));

describe("the plan builder", () => {
  it("never drops or alters anything the person wrote, and shows every part of it, whatever the priorities and reflection", () => {
    fc.assert(
      fc.property(safetyAnswersArbitrary, entriesArbitrary, (answers, entries) => {
        const before = structuredClone(entries);
        const built = buildPlan(safetyPlanTemplate, answers, entries, strategiesWithReflection);
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
          if (safetyIdeas.has(id)) expect(suggested.has(id), `marked ${id}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("orders by priorities without leaving anything out, and keeps the emergency part first", () => {
    fc.assert(
      fc.property(safetyAnswersArbitrary, entriesArbitrary, (answers, entries) => {
        const { priorities, ...without } = answers;
        const ranked = buildPlan(safetyPlanTemplate, answers, entries, strategiesWithReflection);
        const plain = buildPlan(safetyPlanTemplate, without, entries, strategiesWithReflection);
        const contents = (plan: typeof ranked) =>
          Object.fromEntries(
            plan.sections.map((section) => [
              section.id,
              section.suggestions
                .map(({ id, text, done }) => ({ id, text, done }))
                .sort((a, b) => a.id.localeCompare(b.id)),
            ]),
          );
        expect(contents(ranked)).toEqual(contents(plain));
        expect(ranked.sections[0]?.id).toBe("emergency");
        // Parts no priority serves keep the template's order among themselves.
        const served = new Set(focusOf({ priorities }).flatMap((focus) => focus.sections));
        const unserved = (plan: typeof ranked) =>
          plan.sections.map((section) => section.id).filter((id) => !served.has(id));
        expect(unserved(ranked)).toEqual(unserved(plain));
      }),
      { numRuns: 300 },
    );
  });

  it("says no score, number or level: every why is one of a few fixed sentences, none made from the answers", () => {
    const scoreWords = /\b(score|scored|level|rating|points?|percent|high risk|low risk)\b/i;
    const fixed = new Set<string>([
      SHOWN_TO_EVERYONE,
      KEPT_BECAUSE_TICKED,
      KEPT_BECAUSE_WRITTEN,
      ...priorityIds.map((id) => mattersMost(id)),
      ...strategiesWithReflection.flatMap((strategy) => (strategy.why ? [strategy.why] : [])),
      ...safetyPlanTemplate.sections.flatMap((section) => (section.shownWhen ? [section.shownWhen.why] : [])),
    ]);
    for (const why of fixed) expect(why).not.toMatch(scoreWords);
    fc.assert(
      fc.property(safetyAnswersArbitrary, entriesArbitrary, (answers, entries) => {
        const built = buildPlan(safetyPlanTemplate, answers, entries, strategiesWithReflection);
        expect(Object.keys(built).sort()).toEqual(["entries", "sections"]);
        for (const section of built.sections) {
          expect(Object.keys(section).sort()).toEqual(["id", "intro", "suggestions", "title", "why"]);
          expect(fixed.has(section.why), section.why).toBe(true);
          for (const suggestion of section.suggestions) {
            expect(Object.keys(suggestion).sort()).toEqual(["done", "id", "priority", "text", "why"]);
            expect(fixed.has(suggestion.why), suggestion.why).toBe(true);
            // The only number is the library's own order of an idea, the same whatever was answered.
            const strategy = strategiesWithReflection.find((candidate) => candidate.id === suggestion.id);
            expect(suggestion.priority).toBe(strategy?.priority);
          }
        }
      }),
      { numRuns: 200 },
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
