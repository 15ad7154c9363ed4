import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { handOffFor } from "@/lib/content/hand-off-lines";
import { loadResources } from "@/lib/content/load-resources";
import { buildPlan } from "@/lib/plan/build-plan";
import type { SafetyAnswers } from "@/lib/plan/circumstances";
import { describeChanges } from "@/lib/plan/describe-changes";
import { emptyPlan, type PlanValue } from "@/lib/plan/plan-schema";
import { movesSinceEarlier } from "@/lib/plan/reflection-changes";
import { answeredYes, riskAnswerValues, riskQuestionIds, type RiskAnswers } from "@/lib/plan/risk-reflection";
import { safetyPlanTemplate } from "@/lib/plan/safety-plan-template";
import { withReflection } from "@/lib/plan/save-reflection";
import { circumstancesArbitrary } from "./plan-arbitraries";
import { library } from "./strategy-library";
import { riskIdsOf } from "@/lib/plan/strategy-schema";

const directory = loadResources(path.resolve(import.meta.dirname, "../../.."), "en");

const answersArbitrary: fc.Arbitrary<RiskAnswers> = fc.dictionary(
  fc.constantFrom(...riskQuestionIds),
  fc.constantFrom(...riskAnswerValues),
  { maxKeys: riskQuestionIds.length },
);
const dayArbitrary = fc
  .date({ min: new Date("2026-01-01"), max: new Date("2027-12-31"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Words that would rate a person's danger; the look back never uses them. */
const RATING = /\b(score|scored|level|points?|rating|\d+ out of|high[- ]risk|low[- ]risk|moderate|severe risk)\b/i;
const DATE = /\b[A-Z][a-z]+ \d{1,2}, \d{4}\b/g;

function numbersIn(value: unknown): unknown[] {
  if (typeof value === "number") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

const suggestionIds = (answers: SafetyAnswers) =>
  new Set(
    buildPlan(safetyPlanTemplate, answers, emptyPlan().entries, library).sections.flatMap((section) =>
      section.suggestions.map((suggestion) => suggestion.id),
    ),
  );

describe("the look back never becomes a score, a level or a count", () => {
  it("stores only dates and answers: no number is ever saved", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(answersArbitrary, dayArbitrary), { minLength: 1, maxLength: 6 }), (saves) => {
        let plan: PlanValue = emptyPlan();
        for (const [answers, day] of saves) plan = withReflection(plan, answers, day);
        const reflection = plan.reflection!;
        expect(Object.keys(reflection).sort()).toEqual(
          reflection.earlier ? ["answeredOn", "answers", "earlier"] : ["answeredOn", "answers"],
        );
        expect(numbersIn(reflection)).toEqual([]);
        for (const value of Object.values(reflection.answers)) expect(riskAnswerValues).toContain(value);
      }),
      { numRuns: 300 },
    );
  });

  it("what changed names answers and dates only: no count, no rating", () => {
    fc.assert(
      fc.property(answersArbitrary, answersArbitrary, dayArbitrary, dayArbitrary, (was, is, first, second) => {
        const before = withReflection(emptyPlan(), was, first);
        const after = withReflection(before, is, second);
        const lines = [...describeChanges(before, after), ...movesSinceEarlier(after.reflection)];
        for (const line of lines) {
          expect(line.replace(DATE, "")).not.toMatch(/\d/);
          expect(line).not.toMatch(RATING);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("ideas follow each yes on its own: no threshold of how many yeses changes what is shown", () => {
    fc.assert(
      fc.property(circumstancesArbitrary, answersArbitrary, (circumstances, risk) => {
        const shown = suggestionIds({ ...circumstances, risk });
        const union = new Set(suggestionIds(circumstances));
        for (const id of answeredYes(risk))
          for (const suggestion of suggestionIds({ ...circumstances, risk: { [id]: "yes" } })) union.add(suggestion);
        expect([...shown].sort()).toEqual([...union].sort());
      }),
      { numRuns: 150 },
    );
  });

  it("the lines offered follow each yes on its own too, and one is always offered", () => {
    fc.assert(
      fc.property(circumstancesArbitrary, answersArbitrary, (circumstances, risk) => {
        const ids = (yes: ReturnType<typeof answeredYes>) => {
          const handOff = handOffFor(directory, circumstances, yes);
          return new Set([...handOff.lines.map((line) => line.resource.id), ...(handOff.shelters ? ["shelters"] : [])]);
        };
        const yes = answeredYes(risk);
        const union = new Set(ids([]));
        for (const id of yes) for (const line of ids([id])) union.add(line);
        // A province's helplines always come first, so the map of shelters is offered only when there are none.
        expect([...ids(yes)].sort()).toEqual([...union].sort());
        expect(ids(yes).size).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it("every idea a yes brings says why in plain words, and none rates the danger", () => {
    const tailored = library.filter((strategy) => riskIdsOf(strategy));
    for (const id of riskQuestionIds)
      expect(
        tailored.some((strategy) => riskIdsOf(strategy)?.includes(id)),
        `an idea for ${id}`,
      ).toBe(true);
    for (const strategy of tailored) {
      expect(strategy.why, strategy.id).toMatch(/^(You said|Because)/);
      expect(`${strategy.why} ${strategy.text}`, strategy.id).not.toMatch(RATING);
      expect(strategy.text, strategy.id).not.toMatch(/\byou (must|should)\b/i);
    }
  });
});
