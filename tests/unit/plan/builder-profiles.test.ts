import { describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/plan/build-plan";
import type { Circumstances } from "@/lib/plan/circumstances";
import { emptyPlan } from "@/lib/plan/plan-schema";
import { safetyPlanTemplate } from "@/lib/plan/safety-plan-template";
import { library } from "./strategy-library";

const ALWAYS = ["emergency", "trusted-people", "safe-places", "technology", "money", "emotional", "legal"];

type Profile = { name: string; answers: Circumstances; sections: string[]; includes: string[]; excludes: string[] };

const profiles: Profile[] = [
  {
    name: "nothing answered",
    answers: {},
    sections: [...ALWAYS, "leaving"],
    includes: ["keep-phone-charged", "gather-important-papers"],
    excludes: ["child-can-call-911", "pets-go-bag", "telling-someone-at-work"],
  },
  {
    name: "living together",
    answers: { livingSituation: "with-them" },
    sections: [...ALWAYS, "leaving"],
    includes: ["safer-room-at-home", "pack-a-go-bag", "emotional-while-living-together"],
    excludes: ["a-place-they-do-not-know"],
  },
  {
    name: "planning to leave",
    answers: { livingSituation: "planning-to-leave" },
    sections: [...ALWAYS, "leaving"],
    includes: ["leaving-and-risk", "tech-trackers", "money-own-account"],
    excludes: ["emotional-after-leaving"],
  },
  {
    name: "has left",
    answers: { livingSituation: "left" },
    sections: ALWAYS,
    includes: ["a-place-they-do-not-know", "emotional-after-leaving"],
    excludes: ["pack-a-go-bag", "safer-room-at-home"],
  },
  {
    name: "apart",
    answers: { livingSituation: "apart" },
    sections: ALWAYS,
    includes: ["tech-smart-home"],
    excludes: ["leave-while-they-are-out"],
  },
  {
    name: "young children",
    answers: { childAges: ["under-5"] },
    sections: [...ALWAYS, "leaving", "children"],
    includes: ["a-go-bag-for-little-ones", "child-can-call-911", "legal-family-court"],
    excludes: ["a-teens-own-plan"],
  },
  {
    name: "teenager",
    answers: { childAges: ["13-17"] },
    sections: [...ALWAYS, "leaving", "children"],
    includes: ["a-teens-own-plan", "who-can-pick-up-your-children"],
    excludes: ["a-go-bag-for-little-ones"],
  },
  {
    name: "no children",
    answers: { childAges: [] },
    sections: [...ALWAYS, "leaving"],
    includes: [],
    excludes: ["who-can-pick-up-your-children", "childrens-papers"],
  },
  {
    name: "pets",
    answers: { pets: true, livingSituation: "with-them" },
    sections: [...ALWAYS, "leaving", "pets"],
    includes: ["pets-go-bag", "pets-threats"],
    excludes: ["pets-after-leaving"],
  },
  {
    name: "works, known workplace",
    answers: { workOrStudy: "work", theyKnowWhereIWork: true },
    sections: [...ALWAYS, "leaving", "work-school"],
    includes: ["telling-someone-at-work", "screen-calls-and-visitors", "plan-if-they-come-to-work"],
    excludes: ["support-at-school-or-college"],
  },
  {
    name: "student without safe travel",
    answers: { workOrStudy: "study", safeTravel: "no" },
    sections: [...ALWAYS, "leaving", "work-school"],
    includes: ["support-at-school-or-college", "someone-walks-with-you", "getting-to-a-safe-place"],
    excludes: ["domestic-violence-leave"],
  },
  {
    name: "device checked",
    answers: { deviceChecked: "yes" },
    sections: [...ALWAYS, "leaving"],
    includes: ["tech-safer-device", "tech-history-entries"],
    excludes: [],
  },
  {
    name: "police do not feel safe",
    answers: { policeFeelSafe: "no", livingSituation: "left" },
    sections: [...ALWAYS, "leaving"],
    includes: ["legal-other-routes", "emergency-help-other-than-police", "collect-belongings-without-police"],
    excludes: ["legal-calling-police", "police-standby-for-belongings"],
  },
  {
    name: "police feel safe",
    answers: { policeFeelSafe: "yes", livingSituation: "planning-to-leave" },
    sections: [...ALWAYS, "leaving"],
    includes: ["legal-calling-police", "police-standby-for-belongings"],
    excludes: ["legal-other-routes"],
  },
  {
    name: "immigration worries",
    answers: { immigrationConcerns: true },
    sections: [...ALWAYS, "leaving"],
    includes: ["immigration-papers", "legal-immigration-lawyer", "money-immigration"],
    excludes: [],
  },
  {
    name: "rural with access needs",
    answers: { ruralOrRemote: true, accessNeeds: true },
    sections: [...ALWAYS, "leaving"],
    includes: ["emergency-plan-far-from-help", "safe-places-that-work-for-you", "tech-access-devices"],
    excludes: [],
  },
  {
    name: "thinking about a conversation",
    answers: { consideringConversation: true, livingSituation: "with-them" },
    sections: [...ALWAYS, "leaving", "conversation"],
    includes: ["conversation-no-is-enough", "conversation-living-together"],
    excludes: [],
  },
  {
    name: "not thinking about a conversation",
    answers: { consideringConversation: false },
    sections: [...ALWAYS, "leaving"],
    includes: [],
    excludes: ["conversation-no-is-enough"],
  },
];

describe.each(profiles)("a plan for: $name", ({ answers, sections, includes, excludes }) => {
  const built = buildPlan(safetyPlanTemplate, answers, emptyPlan().entries, library);
  const suggested = new Map(
    built.sections.flatMap((section) => section.suggestions.map((suggestion) => [suggestion.id, suggestion])),
  );

  it("has the sections these answers call for, in plan order", () => {
    const order = safetyPlanTemplate.sections.map((section) => section.id);
    expect(built.sections.map((section) => section.id)).toEqual(order.filter((id) => sections.includes(id)));
  });

  it("suggests what fits and leaves out what does not", () => {
    for (const id of includes) expect(suggested.has(id), `suggests ${id}`).toBe(true);
    for (const id of excludes) expect(suggested.has(id), `leaves out ${id}`).toBe(false);
  });

  it("says why every section and suggestion is there", () => {
    for (const section of built.sections) {
      expect(section.why.length).toBeGreaterThan(5);
      for (const suggestion of section.suggestions) expect(suggestion.why.length).toBeGreaterThan(5);
    }
  });
});

describe("the strategy library", () => {
  it("has at least 60 strategies for the safety plan", () => {
    expect(
      library.filter((strategy) =>
        ALWAYS.concat(["leaving", "children", "pets", "work-school", "conversation"]).includes(strategy.section),
      ).length,
    ).toBeGreaterThanOrEqual(60);
  });
});

describe("a reader for whom police do not feel safe", () => {
  it("is offered other routes before what to say when calling 911", () => {
    for (const policeFeelSafe of ["no", "unsure"] as const) {
      const emergency = buildPlan(safetyPlanTemplate, { policeFeelSafe }, emptyPlan().entries, library).sections[0];
      const ids = emergency?.suggestions.map((suggestion) => suggestion.id) ?? [];
      expect(ids.indexOf("emergency-help-other-than-police")).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf("emergency-help-other-than-police")).toBeLessThan(ids.indexOf("what-to-say-when-calling-911"));
    }
  });
});
