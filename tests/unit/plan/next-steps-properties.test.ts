import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPlan, KEPT_BECAUSE_TICKED } from "@/lib/plan/build-plan";
import { FIRST_STEP_WHY, MOST_NEXT_STEPS, nextSteps } from "@/lib/plan/next-steps";
import { withStepDone, withStepSetAside } from "@/lib/plan/next-step-changes";
import { MAX_SET_ASIDE } from "@/lib/plan/plan-limits";
import { emptyPlan, planValueSchema } from "@/lib/plan/plan-schema";
import { priorityIds } from "@/lib/plan/priorities";
import { mattersMost } from "@/lib/plan/priority-serves";
import { safetyPlanTemplate } from "@/lib/plan/safety-plan-template";
import { entriesArbitrary, safetyAnswersArbitrary, setAsideArbitrary } from "./plan-arbitraries";
import { strategiesWithReflection as strategies } from "./reflection-strategies";

const input = fc.record({ answers: safetyAnswersArbitrary, entries: entriesArbitrary, setAside: setAsideArbitrary });

type Given = typeof input extends fc.Arbitrary<infer T> ? T : never;

function stepsFor({ answers, entries, setAside }: Given) {
  const built = buildPlan(safetyPlanTemplate, answers, entries, strategies);
  return { built, steps: nextSteps({ sections: built.sections, strategies, answers, setAside }) };
}

describe("next steps", () => {
  it("are three to five when enough ideas fit, never one done or set aside, each an idea of the plan", () => {
    fc.assert(
      fc.property(input, (given) => {
        const { built, steps } = stepsFor(given);
        const aside = new Set(given.setAside);
        // What could be a step: ideas that fit the answers (not kept only for a tick), not done, not set aside.
        const open = built.sections.flatMap((section) =>
          section.suggestions.filter(
            (suggestion) => suggestion.why !== KEPT_BECAUSE_TICKED && !suggestion.done && !aside.has(suggestion.id),
          ),
        );
        expect(steps.length).toBeLessThanOrEqual(MOST_NEXT_STEPS);
        expect(steps.length).toBeGreaterThanOrEqual(Math.min(3, open.length));
        expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
        for (const step of steps) {
          expect(given.entries.done[step.id], `${step.id} is done`).not.toBe(true);
          expect(aside.has(step.id), `${step.id} was set aside`).toBe(false);
          expect(open.some((suggestion) => suggestion.id === step.id && suggestion.text === step.text)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("leave everything the person wrote as it was, and carry no score, number or level", () => {
    const fixed = new Set<string>([
      FIRST_STEP_WHY,
      ...priorityIds.map((id) => mattersMost(id)),
      ...strategies.flatMap((strategy) => (strategy.why ? [strategy.why] : [])),
    ]);
    fc.assert(
      fc.property(input, (given) => {
        const before = structuredClone(given);
        const { built, steps } = stepsFor(given);
        expect(given).toEqual(before);
        expect(built.entries).toEqual(before.entries);
        for (const step of steps) {
          expect(Object.keys(step).sort()).toEqual(["id", "section", "text", "why"]);
          expect(Object.keys(step.section).sort()).toEqual(["id", "title"]);
          expect(fixed.has(step.why), step.why).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("count only a yes: not sure, no and skipped give the same steps", () => {
    fc.assert(
      fc.property(input, (given) => {
        const risk = Object.fromEntries(
          Object.entries(given.answers.risk ?? {}).filter(([, answer]) => answer === "yes"),
        );
        const onlyYes = { ...given, answers: { ...given.answers, risk } };
        expect(stepsFor(given).steps).toEqual(stepsFor(onlyYes).steps);
      }),
      { numRuns: 200 },
    );
  });

  it("Done and Pick a different one take a step away and keep the others; the plan stays valid", () => {
    fc.assert(
      fc.property(input, fc.boolean(), (given, byDone) => {
        const plan = { ...emptyPlan(), circumstances: {}, entries: given.entries, nextStepsSetAside: given.setAside };
        const { steps } = stepsFor(given);
        fc.pre(steps.length > 0);
        const first = steps[0]!.id;
        const after = byDone ? withStepDone(plan, first) : withStepSetAside(plan, first);
        expect(planValueSchema.safeParse(after).success).toBe(true);
        const again = stepsFor({ ...given, entries: after.entries, setAside: after.nextStepsSetAside ?? [] });
        const ids = again.steps.map((step) => step.id);
        expect(ids).not.toContain(first);
        // The other steps stay; a free place is taken by the next idea, if there is one.
        for (const step of steps.slice(1)) expect(ids).toContain(step.id);
        expect(after.entries.trustedPeople).toEqual(given.entries.trustedPeople);
        expect(after.entries.notes).toEqual(given.entries.notes);
      }),
      { numRuns: 200 },
    );
  });

  it("keep at most the cap of set-aside ideas, dropping the oldest", () => {
    let plan = emptyPlan();
    const ids = Array.from({ length: MAX_SET_ASIDE + 5 }, (_, index) => `idea-${index}`);
    for (const id of ids) plan = withStepSetAside(plan, id);
    expect(plan.nextStepsSetAside).toEqual(ids.slice(5));
    expect(planValueSchema.safeParse(plan).success).toBe(true);
  });
});
