// The change plan's questions as a form sends them, what changed between two versions, and which
// answers a strategy may test.
import { describe, expect, it } from "vitest";
import { changeAnswersFormSchema } from "@/lib/forms/plan-form-schemas";
import { readChangeAnswers } from "@/lib/forms/read-change-answers";
import { describeChangePlanChanges } from "@/lib/plan/describe-change-plan-changes";
import type { ChangePlanValue } from "@/lib/plan/plan-schema";
import { strategyFrontMatterSchema } from "@/lib/plan/strategy-schema";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("reading the change plan's questions", () => {
  it("reads yes and no as true and false, and an empty choice as skipped", () => {
    const read = readChangeAnswers(
      form({ caresForChildren: "no", courtOrder: "yes", substances: "", program: "waiting", province: "ON" }),
    );
    expect(read).toEqual({
      answers: { caresForChildren: false, courtOrder: "yes", program: "waiting", province: "ON" },
      errors: {},
    });
  });

  it("refuses only the answer that is not one of ours; the rest are read", () => {
    const read = readChangeAnswers(form({ courtOrder: "maybe", program: "finished" }));
    expect(read.answers).toEqual({ program: "finished" });
    expect(Object.keys(read.errors)).toEqual(["courtOrder"]);
  });

  it("refuses a form without the version it was opened at, so an empty post cannot clear the answers", () => {
    expect(changeAnswersFormSchema.safeParse(form({})).success).toBe(false);
    expect(changeAnswersFormSchema.safeParse(form({ courtOrder: "no" })).success).toBe(false);
    expect(changeAnswersFormSchema.parse(form({ courtOrder: "no", version: "3" }))).toMatchObject({
      answers: { courtOrder: "no" },
      version: 3,
    });
  });
});

describe("what changed in a change plan", () => {
  const before: ChangePlanValue = {
    items: { values: ["Patient"], instead: ["Walk round the block"] },
    done: { "calm-your-body": true },
    answers: { courtOrder: "yes" },
  };
  const after: ChangePlanValue = {
    items: { values: ["Patient", "Honest"] },
    done: { "calm-your-body": false, "take-a-safe-time-out": true },
    answers: { courtOrder: "no", program: "in-one" },
  };

  it("names each answer, line and idea that moved, in the person's own words", () => {
    const text = (id: string) => ({ "calm-your-body": "Calm your body." })[id];
    expect(describeChangePlanChanges(before, after, text)).toEqual([
      "You changed your answer to “Is there a court order, bail or probation condition about who you can contact?” from Yes to No.",
      "You changed your answer to “Where are you with a program for people who have used violence?” from skipped to I'm in one now.",
      "You added to “What matters to me”: “Honest”.",
      "You took out of “What I do instead”: “Walk round the block”.",
      "You marked as not done yet: “Calm your body.”.",
      "You marked as done: “take-a-safe-time-out”.",
    ]);
  });

  it("says nothing when nothing moved", () => {
    expect(describeChangePlanChanges(before, structuredClone(before))).toEqual([]);
  });
});

describe("which answers a strategy may test", () => {
  const strategy = (section: string, when: object) =>
    strategyFrontMatterSchema.safeParse({ id: "an-idea", section, priority: 1, when, why: "You said so." });

  it("a change-plan idea tests the change plan's questions, a safety-plan idea the safety plan's", () => {
    expect(strategy("instead", { courtOrder: ["yes"] }).success).toBe(true);
    expect(strategy("children", { hasChildren: true }).success).toBe(true);
  });

  it("refuses an idea that tests the other plan's questions", () => {
    expect(strategy("instead", { hasChildren: true }).success).toBe(false);
    expect(strategy("children", { caresForChildren: true }).success).toBe(false);
    expect(strategy("values", { caresForChildren: true, livingSituation: ["left"] }).success).toBe(false);
  });
});
