import { describe, expect, it } from "vitest";
import { strategies } from "@/lib/content/guidance";
import { builtSafetyPlan, builtChangePlan, nextStepsOf } from "@/lib/content/strategy-library";
import { changePlanValueSchema, emptyPlan, type PlanValue } from "@/lib/plan/plan-schema";
import { englishPlanWords } from "@/lib/plan/plan-words";
import { priorityIds } from "@/lib/plan/priorities";
import { mattersMost } from "@/lib/plan/priority-serves";
import french from "@/messages/fr-CA/planBuilder.json";

const english = strategies("en");
const englishText = new Set(english.map((strategy) => strategy.text));
const englishWhy = new Set([
  ...Object.values(englishPlanWords.why),
  ...Object.values(englishPlanWords.sections).flatMap((section) => ("why" in section ? [section.why] : [])),
  ...priorityIds.map((id) => mattersMost(id)),
  ...english.flatMap((strategy) => (strategy.why ? [strategy.why] : [])),
]);

/** A person who answered much: children, pets, work, a conversation in mind, and two priorities. */
const sample: PlanValue = {
  ...emptyPlan(),
  circumstances: {
    livingSituation: "planning-to-leave",
    childAges: ["5-12"],
    pets: true,
    workOrStudy: "work",
    theyKnowWhereIWork: true,
    deviceChecked: "yes",
    consideringConversation: true,
    province: "QC",
    priorities: ["children", "privacy"],
  },
};

describe("a French plan", () => {
  const built = builtSafetyPlan(sample, "fr-CA");
  const ideas = built.sections.flatMap((section) => section.suggestions);

  it("offers the same ideas as the English plan, each in its French words", () => {
    const inEnglish = builtSafetyPlan(sample, "en").sections.flatMap((section) => section.suggestions);
    expect(ideas.map((idea) => idea.id)).toEqual(inEnglish.map((idea) => idea.id));
    expect(ideas.length).toBeGreaterThan(30);
    for (const idea of ideas) expect(englishText.has(idea.text), idea.id).toBe(false);
  });

  it("gives every part a French title and says why each part and idea is there in French", () => {
    expect(built.sections.map((section) => section.title)).toContain("En cas d'urgence");
    for (const section of built.sections) {
      expect(section.title).toBe(french.sections[section.id as keyof typeof french.sections].title);
      expect(englishWhy.has(section.why), section.id).toBe(false);
    }
    for (const idea of ideas) expect(englishWhy.has(idea.why), idea.id).toBe(false);
    const steps = nextStepsOf(sample, "fr-CA");
    expect([...ideas, ...steps].map((one) => one.why)).toContain(
      "Vous avez dit que « Les enfants » compte le plus pour vous en ce moment.",
    );
  });

  it("opens with next steps in French", () => {
    const steps = nextStepsOf(sample, "fr-CA");
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const step of steps) {
      expect(englishText.has(step.text), step.id).toBe(false);
      expect(englishWhy.has(step.why), step.id).toBe(false);
      expect(Object.values(french.sections).map((section) => section.title)).toContain(step.section.title);
    }
  });

  it("and the change plan too", () => {
    const change = builtChangePlan(
      { ...changePlanValueSchema.parse({}), answers: { caresForChildren: true } },
      "fr-CA",
    );
    expect(change.sections.map((section) => section.title)).toContain("Mes signaux d'alarme");
    for (const idea of change.sections.flatMap((section) => section.suggestions)) {
      expect(englishText.has(idea.text), idea.id).toBe(false);
      expect(englishWhy.has(idea.why), idea.id).toBe(false);
    }
  });
});
