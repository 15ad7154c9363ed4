import { describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/plan/build-plan";
import type { SafetyAnswers } from "@/lib/plan/circumstances";
import { FIRST_STEP_WHY, nextSteps } from "@/lib/plan/next-steps";
import { emptyPlan, type PlanEntries } from "@/lib/plan/plan-schema";
import { safetyPlanTemplate } from "@/lib/plan/safety-plan-template";
import { strategiesWithReflection as strategies } from "./reflection-strategies";

type Profile = {
  name: string;
  answers: SafetyAnswers;
  entries?: Partial<PlanEntries>;
  setAside?: string[];
  /** The next steps, in order. */
  steps: string[];
  /** The sections, in order. */
  sections: string[];
};

// The template's order for the parts in every plan, and for a plan with nothing answered.
const EVERY = ["emergency", "trusted-people", "safe-places", "technology", "money", "emotional", "legal"];
const UNANSWERED = [
  "emergency",
  "trusted-people",
  "safe-places",
  "leaving",
  "technology",
  "money",
  "emotional",
  "legal",
];
const FIRST_THREE = ["emergency-code-word", "choose-your-trusted-people", "find-a-shelter-with-shelter-safe"];

const profiles: Profile[] = [
  // No priorities, no reflection: the first idea of each of the first parts.
  { name: "nothing answered", answers: {}, steps: FIRST_THREE, sections: UNANSWERED },
  {
    name: "all the questions answered, no priorities",
    answers: {
      livingSituation: "with-them",
      childAges: ["5-12"],
      workOrStudy: "work",
      theyKnowWhereIWork: true,
      deviceChecked: "yes",
      policeFeelSafe: "unsure",
    },
    steps: FIRST_THREE,
    sections: [...EVERY.slice(0, 3), "work-school", "leaving", "children", ...EVERY.slice(3)],
  },
  // Priorities alone: their parts come first, and their most basic ideas are the steps.
  {
    name: "privacy matters most",
    answers: { priorities: ["privacy"] },
    steps: [
      "tech-location-sharing",
      "tech-quick-exit-limits",
      "tell-each-person-only-what-they-need",
      "tech-cloud-photos",
      "tech-shared-accounts",
    ],
    sections: ["emergency", "technology", "trusted-people", "safe-places", "leaving", "money", "emotional", "legal"],
  },
  {
    name: "the children matter most, but no children were named",
    answers: { priorities: ["children"] },
    steps: FIRST_THREE,
    sections: UNANSWERED,
  },
  {
    name: "the children matter most, with a child under five",
    answers: { priorities: ["children"], childAges: ["under-5"] },
    steps: [
      "child-can-call-911",
      "who-can-pick-up-your-children",
      "legal-family-court",
      "a-code-word-for-children",
      "a-safe-spot-for-your-child",
    ],
    sections: ["emergency", "children", ...UNANSWERED.slice(1)],
  },
  {
    name: "work matters most, where they know the workplace",
    answers: { priorities: ["work"], workOrStudy: "work", theyKnowWhereIWork: true },
    steps: [
      "photo-for-security-or-front-desk",
      "telling-someone-at-work",
      "money-income-support",
      "change-your-schedule-or-desk",
      "domestic-violence-leave",
    ],
    sections: ["emergency", "work-school", ...UNANSWERED.slice(1)],
  },
  {
    name: "health, then money and housing, after leaving",
    answers: { priorities: ["health-feelings", "money-housing"], livingSituation: "left" },
    // One for each priority in turn.
    steps: [
      "emotional-crisis-lines",
      "money-income-support",
      "emotional-reactions-normal",
      "find-a-shelter-with-shelter-safe",
      "emotional-someone-to-talk-to",
    ],
    sections: ["emergency", "emotional", "money", "safe-places", "trusted-people", "technology", "legal"],
  },
  {
    name: "safety at home, living together",
    answers: { priorities: ["safety-at-home"], livingSituation: "with-them" },
    steps: [
      "emergency-code-word",
      "keep-phone-charged",
      "safer-room-at-home",
      "what-to-say-when-calling-911",
      "choose-your-trusted-people",
    ],
    sections: UNANSWERED,
  },
  {
    name: "the relationship, planning to leave and thinking about a conversation",
    answers: { priorities: ["relationship"], livingSituation: "planning-to-leave", consideringConversation: true },
    steps: [
      "gather-important-papers",
      "leaving-and-risk",
      "pack-a-go-bag",
      "conversation-facilitator",
      "conversation-no-is-enough",
    ],
    sections: ["emergency", "leaving", "conversation", ...EVERY.slice(1)],
  },
  {
    name: "every priority ticked, a teenager, studying",
    answers: {
      priorities: ["safety-at-home", "privacy", "children", "relationship", "money-housing", "health-feelings", "work"],
      childAges: ["13-17"],
      workOrStudy: "study",
    },
    // One for each in turn; an idea serving two priorities counts for the first, so each brings a different part.
    steps: [
      "emergency-code-word",
      "tech-location-sharing",
      "a-teens-own-plan",
      "gather-important-papers",
      "money-income-support",
    ],
    sections: [
      "emergency",
      "trusted-people",
      "safe-places",
      "technology",
      "children",
      "leaving",
      "money",
      "emotional",
      "work-school",
      "legal",
    ],
  },
  {
    name: "health matters most, rural with access needs",
    answers: { priorities: ["health-feelings"], ruralOrRemote: true, accessNeeds: true },
    steps: [
      "emotional-crisis-lines",
      "emotional-reactions-normal",
      "emotional-someone-to-talk-to",
      "emergency-plan-for-access-needs",
      "emotional-limits-with-helpers",
    ],
    sections: ["emergency", "emotional", ...UNANSWERED.slice(1, 6), "legal"],
  },
  // Reflection answers: a "yes" brings its ideas first; "not sure", "no" and skipping bring none.
  {
    name: "choking answered yes",
    answers: { risk: { strangulation: "yes" } },
    steps: ["reflection-strangulation-doctor", "emergency-code-word", "choose-your-trusted-people"],
    sections: UNANSWERED,
  },
  {
    name: "choking not sure, weapon no",
    answers: { risk: { strangulation: "not-sure", weapon: "no" } },
    steps: FIRST_THREE,
    sections: UNANSWERED,
  },
  {
    name: "threats and a weapon, one idea for both",
    answers: { risk: { "threats-to-kill": "yes", weapon: "yes" } },
    steps: ["reflection-threats-safe-place", "emergency-code-word", "choose-your-trusted-people"],
    sections: UNANSWERED,
  },
  {
    name: "separation yes, living apart: the idea's other condition does not hold",
    answers: { risk: { separation: "yes" }, livingSituation: "apart" },
    steps: FIRST_THREE,
    sections: EVERY,
  },
  {
    name: "separation yes, living together",
    answers: { risk: { separation: "yes" }, livingSituation: "with-them" },
    steps: ["reflection-separation-timing", "emergency-code-word", "choose-your-trusted-people"],
    sections: UNANSWERED,
  },
  {
    name: "harm to children or pets yes, no children named",
    answers: { risk: { "harm-children-pets": "yes" } },
    steps: FIRST_THREE,
    sections: UNANSWERED,
  },
  {
    name: "many yes answers: one idea for each, in the reflection's order, up to five",
    answers: {
      livingSituation: "planning-to-leave",
      risk: {
        stalking: "yes",
        "jealousy-control": "yes",
        separation: "yes",
        escalation: "yes",
        "threats-to-kill": "yes",
        strangulation: "yes",
      },
    },
    steps: [
      "reflection-strangulation-doctor",
      "reflection-threats-safe-place",
      "reflection-escalation-line",
      "reflection-separation-timing",
      "reflection-stalking-devices",
    ],
    sections: UNANSWERED,
  },
  // Both: the reflection first, then the priorities.
  {
    name: "harm to children yes, the children matter most",
    answers: { risk: { "harm-children-pets": "yes" }, childAges: ["5-12"], priorities: ["children"] },
    steps: [
      "reflection-children-harm",
      "child-can-call-911",
      "who-can-pick-up-your-children",
      "legal-family-court",
      "a-code-word-for-children",
    ],
    sections: ["emergency", "children", ...UNANSWERED.slice(1)],
  },
  {
    name: "tracked, privacy matters most, a checked phone",
    answers: { risk: { stalking: "yes" }, priorities: ["privacy"], deviceChecked: "yes" },
    steps: [
      "reflection-stalking-devices",
      "tech-location-sharing",
      "tech-quick-exit-limits",
      "tech-safer-device",
      "tell-each-person-only-what-they-need",
    ],
    sections: ["emergency", "technology", "trusted-people", "safe-places", "leaving", "money", "emotional", "legal"],
  },
  {
    name: "things got worse, work and school matter most",
    answers: { risk: { escalation: "yes" }, priorities: ["work"], workOrStudy: "both" },
    steps: [
      "reflection-escalation-line",
      "support-at-school-or-college",
      "telling-someone-at-work",
      "money-income-support",
      "domestic-violence-leave",
    ],
    sections: ["emergency", "work-school", ...UNANSWERED.slice(1)],
  },
  {
    name: "tracked, money and housing matter most, after leaving",
    answers: { risk: { stalking: "yes" }, priorities: ["money-housing"], livingSituation: "left" },
    steps: [
      "reflection-stalking-devices",
      "money-income-support",
      "find-a-shelter-with-shelter-safe",
      "places-open-at-any-hour",
      "money-cash",
    ],
    sections: ["emergency", "money", "safe-places", "trusted-people", "technology", "emotional", "legal"],
  },
  // What the person did: done and set-aside ideas are never steps; the next of each part comes in.
  {
    name: "a first step done and another set aside",
    answers: {},
    entries: { done: { "emergency-code-word": true } },
    setAside: ["choose-your-trusted-people"],
    steps: ["keep-phone-charged", "tell-each-person-only-what-they-need", "find-a-shelter-with-shelter-safe"],
    sections: UNANSWERED,
  },
  {
    name: "a note in the pets part without pets: the part stays, its ideas do not fit",
    answers: { priorities: ["safety-at-home"], livingSituation: "left" },
    entries: { notes: { pets: "Ask Jo about the cat" } },
    steps: [
      "emergency-code-word",
      "keep-phone-charged",
      "what-to-say-when-calling-911",
      "choose-your-trusted-people",
      "tell-each-person-only-what-they-need",
    ],
    sections: ["emergency", "trusted-people", "safe-places", "pets", "technology", "money", "emotional", "legal"],
  },
];

const outcome = ({ answers, entries, setAside }: Profile) => {
  const built = buildPlan(safetyPlanTemplate, answers, { ...emptyPlan().entries, ...entries }, strategies);
  return { built, steps: nextSteps({ sections: built.sections, strategies, answers, setAside }) };
};

describe.each(profiles)("next steps for: $name", (profile) => {
  const { built, steps } = outcome(profile);

  it("are the steps the rules pick, in order", () => {
    expect(steps.map((step) => step.id)).toEqual(profile.steps);
  });

  it("come with the sections in the order the rules give", () => {
    expect(built.sections.map((section) => section.id)).toEqual(profile.sections);
  });

  it("each say why, and are the plan's own ideas in the part they name", () => {
    for (const step of steps) {
      const section = built.sections.find((candidate) => candidate.id === step.section.id);
      const suggestion = section?.suggestions.find((candidate) => candidate.id === step.id);
      expect(suggestion?.text, step.id).toBe(step.text);
      expect(step.section.title).toBe(section?.title);
      expect(step.why.length).toBeGreaterThan(5);
    }
  });
});

describe("why a step is there", () => {
  it("a reflection idea gives its own reason, a priority's idea names the priority, a first step says so", () => {
    const { steps } = outcome({
      name: "",
      answers: { risk: { strangulation: "yes" }, priorities: ["work"], workOrStudy: "work" },
      steps: [],
      sections: [],
    });
    expect(steps.map((step) => step.why)).toEqual([
      "You said they have choked or strangled you.",
      "You said “Work or school” matters most to you.",
      "You said “Work or school” matters most to you.",
      "You said “Work or school” matters most to you.",
      "You said “Work or school” matters most to you.",
    ]);
    expect(outcome(profiles[0]!).steps.map((step) => step.why)).toEqual([
      FIRST_STEP_WHY,
      FIRST_STEP_WHY,
      FIRST_STEP_WHY,
    ]);
  });

  it("fewer than three only when the plan has fewer ideas left to do", () => {
    const { built } = outcome(profiles[0]!);
    const everyIdea = built.sections.flatMap((section) => section.suggestions.map((suggestion) => suggestion.id));
    const allButTwo = Object.fromEntries(everyIdea.slice(2).map((id) => [id, true]));
    const { steps } = outcome({ ...profiles[0]!, entries: { done: allButTwo } });
    expect(steps.map((step) => step.id)).toEqual(everyIdea.slice(0, 2));
    expect(outcome({ ...profiles[0]!, setAside: everyIdea }).steps).toEqual([]);
  });
});
