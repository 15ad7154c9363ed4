import { describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/plan/build-plan";
import type { SafetyAnswers } from "@/lib/plan/circumstances";
import { nextSteps } from "@/lib/plan/next-steps";
import { emptyPlan } from "@/lib/plan/plan-schema";
import { safetyPlanTemplate } from "@/lib/plan/safety-plan-template";
import { strategiesWithReflection } from "./reflection-strategies";
import { library } from "./strategy-library";

/**
 * Three people, for the note that closes the issue: the steps each is offered, and how many ideas
 * the plan page puts in front of them, before (every idea of every part, folded in lists) and now
 * (the next steps; each part links to its ideas). `PRINT_SAMPLES=1` prints them.
 */
const people: { name: string; answers: SafetyAnswers; steps: string[]; before: number }[] = [
  {
    name: "Amina: lives with him, two young children, works where he knows; the children and home matter most; choking and worse lately",
    answers: {
      livingSituation: "with-them",
      childAges: ["under-5", "5-12"],
      workOrStudy: "work",
      theyKnowWhereIWork: true,
      deviceChecked: "yes",
      policeFeelSafe: "unsure",
      province: "ON",
      preferredLanguage: "fr",
      priorities: ["children", "safety-at-home"],
      risk: { strangulation: "yes", escalation: "yes", separation: "not-sure" },
    },
    steps: [
      "reflection-strangulation-doctor",
      "reflection-escalation-line",
      "child-can-call-911",
      "emergency-code-word",
      "who-can-pick-up-your-children",
    ],
    before: 67,
  },
  {
    name: "Jo: has left, a dog, studies, lives rurally; privacy and money matter most; followed, and an order broken",
    answers: {
      livingSituation: "left",
      childAges: [],
      pets: true,
      workOrStudy: "study",
      theyKnowWhereIWork: false,
      deviceChecked: "unsure",
      ruralOrRemote: true,
      policeFeelSafe: "yes",
      priorities: ["privacy", "money-housing"],
      risk: { stalking: "yes", "order-breaches": "yes", weapon: "no" },
    },
    steps: [
      "reflection-stalking-devices",
      "tech-location-sharing",
      "money-income-support",
      "tech-quick-exit-limits",
      "find-a-shelter-with-shelter-safe",
    ],
    before: 55,
  },
  {
    name: "Sam: answers every one of the fourteen earlier questions, ticks no priority, skips the reflection",
    answers: {
      livingSituation: "with-them",
      childAges: ["5-12"],
      otherDependants: false,
      pets: true,
      workOrStudy: "work",
      theyKnowWhereIWork: true,
      safeTravel: "no",
      deviceChecked: "yes",
      immigrationConcerns: false,
      accessNeeds: false,
      ruralOrRemote: false,
      consideringConversation: false,
      policeFeelSafe: "unsure",
      province: "ON",
      preferredLanguage: "en",
    },
    steps: ["emergency-code-word", "choose-your-trusted-people", "find-a-shelter-with-shelter-safe"],
    before: 72,
  },
];

describe.each(people)("$name", ({ name, answers, steps, before }) => {
  // Before: the questions of today's app only, and the library without reflection ideas.
  const asked = { ...answers };
  delete asked.priorities;
  delete asked.risk;
  const today = buildPlan(safetyPlanTemplate, asked, emptyPlan().entries, library);
  const built = buildPlan(safetyPlanTemplate, answers, emptyPlan().entries, strategiesWithReflection);
  const offered = nextSteps({ sections: built.sections, strategies: strategiesWithReflection, answers });

  it("is offered these steps", () => {
    expect(offered.map((step) => step.id)).toEqual(steps);
  });

  it("had every idea of the plan on its page before, and now sees only the next steps", () => {
    const ideasBefore = today.sections.reduce((count, section) => count + section.suggestions.length, 0);
    expect(ideasBefore).toBe(before);
    expect(offered.length).toBeLessThanOrEqual(5);
    if (process.env.PRINT_SAMPLES)
      console.log(
        [
          name,
          `  ideas on the plan page: before ${ideasBefore}, now ${offered.length}`,
          ...offered.map((step, index) => `  ${index + 1}. [${step.section.title}] ${step.text} (${step.why})`),
        ].join("\n"),
      );
  });
});
