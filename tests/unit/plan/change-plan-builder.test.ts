// Someone making a change plan answers a few questions, or skips them; the builder tailors the ideas
// to what they said and never drops a line they wrote or an idea they ticked.
import { describe, expect, it } from "vitest";
import { buildPlan, SHOWN_TO_EVERYONE, KEPT_BECAUSE_TICKED } from "@/lib/plan/build-plan";
import type { ChangeAnswers } from "@/lib/plan/change-answers";
import { changePlanTemplate } from "@/lib/plan/change-plan-template";
import { changeSectionIds } from "@/lib/plan/change-sections";
import { changePlanValueSchema, emptyEntries, type ChangePlanValue } from "@/lib/plan/plan-schema";
import { safetyPlanTemplate } from "@/lib/plan/safety-plan-template";
import { library } from "./strategy-library";

const TAILORED = [
  "follow-a-no-contact-order",
  "time-out-under-a-no-contact-order",
  "find-out-what-an-order-covers",
  "a-parent-children-feel-safe-with",
  "let-children-set-the-pace",
  "alcohol-drugs-and-your-signs",
  "time-out-without-drinking",
  "plan-for-nights-with-drinking",
  "lean-on-your-program",
  "while-you-wait-for-a-program",
  "after-a-program",
];
const FOR_EVERYONE = ["name-the-partner-you-want-to-be", "take-a-safe-time-out", "call-a-support-line"];

type Profile = { name: string; answers: ChangeAnswers; tailored: string[] };

const profiles: Profile[] = [
  { name: "nothing answered", answers: {}, tailored: [] },
  {
    name: "everything answered no",
    answers: { caresForChildren: false, courtOrder: "no", substances: "no" },
    tailored: [],
  },
  {
    name: "a dad under a no-contact order, waiting for a program",
    answers: { caresForChildren: true, courtOrder: "yes", program: "waiting" },
    tailored: [
      "a-parent-children-feel-safe-with",
      "follow-a-no-contact-order",
      "let-children-set-the-pace",
      "time-out-under-a-no-contact-order",
      "while-you-wait-for-a-program",
    ],
  },
  {
    name: "unsure about an order, drinking is part of it",
    answers: { courtOrder: "unsure", substances: "yes" },
    tailored: [
      "alcohol-drugs-and-your-signs",
      "find-out-what-an-order-covers",
      "plan-for-nights-with-drinking",
      "time-out-without-drinking",
    ],
  },
  {
    name: "not sure whether drugs play a part, in a program now",
    answers: { substances: "unsure", program: "in-one" },
    tailored: ["alcohol-drugs-and-your-signs", "lean-on-your-program", "time-out-without-drinking"],
  },
  {
    name: "finished a program, in Quebec",
    answers: { program: "finished", province: "QC" },
    tailored: ["after-a-program"],
  },
  { name: "not started a program", answers: { program: "not-started" }, tailored: [] },
];

const empty = (): ChangePlanValue => changePlanValueSchema.parse({});
const build = (answers: ChangeAnswers, plan = empty()) => buildPlan(changePlanTemplate, answers, plan, library);
const ideas = (built: ReturnType<typeof build>) => built.sections.flatMap((section) => section.suggestions);

describe("the change plan's builder, for each kind of answer", () => {
  it.each(profiles.map((profile) => [profile.name, profile] as const))("%s", (_name, { answers, tailored }) => {
    const built = build(answers);
    expect(built.sections.map((section) => section.id)).toEqual([...changeSectionIds]);
    const shown = ideas(built).map((idea) => idea.id);
    expect(shown.filter((id) => TAILORED.includes(id)).sort()).toEqual(tailored);
    for (const id of FOR_EVERYONE) expect(shown, id).toContain(id);
    for (const idea of ideas(built)) {
      // Every idea says why; a tailored one names the answer that brought it, never "every plan".
      expect(idea.why.length).toBeGreaterThan(5);
      if (TAILORED.includes(idea.id)) expect(idea.why).toMatch(/^You said /);
      else expect(idea.why).toBe(SHOWN_TO_EVERYONE);
    }
  });

  it("puts each tailored idea in the part it belongs to", () => {
    const built = build({ caresForChildren: true, courtOrder: "yes", substances: "yes", program: "in-one" });
    const partOf = (id: string) =>
      built.sections.find((section) => section.suggestions.some((idea) => idea.id === id))?.id;
    expect(partOf("time-out-under-a-no-contact-order")).toBe("instead");
    expect(partOf("follow-a-no-contact-order")).toBe("commitments");
    expect(partOf("a-parent-children-feel-safe-with")).toBe("values");
    expect(partOf("alcohol-drugs-and-your-signs")).toBe("warning-signs");
    expect(partOf("lean-on-your-program")).toBe("supporters");
  });

  it("keeps what the person wrote untouched, and a ticked idea the answers no longer call for", () => {
    const plan: ChangePlanValue = {
      items: { values: ["Be someone my kids feel safe with"], instead: ["Walk to the park"] },
      done: { "follow-a-no-contact-order": true, "calm-your-body": false },
      answers: { courtOrder: "no" },
    };
    const built = build(plan.answers ?? {}, plan);
    expect(built.entries).toBe(plan);
    const kept = ideas(built).find((idea) => idea.id === "follow-a-no-contact-order");
    expect(kept).toMatchObject({ done: true, why: KEPT_BECAUSE_TICKED });
  });

  it("never lets one plan's questions bring ideas into the other plan", () => {
    const safety = buildPlan(safetyPlanTemplate, { childAges: ["5-12"], province: "QC" }, emptyEntries(), library);
    const safetyIds = safety.sections.flatMap((section) => section.suggestions.map((idea) => idea.id));
    for (const id of TAILORED) expect(safetyIds).not.toContain(id);
    // A change-plan answer tests nothing in the safety plan's matcher, and the other way round.
    expect(safetyPlanTemplate.matches({ courtOrder: ["yes"] }, { province: "QC" })).toBe(false);
    expect(changePlanTemplate.matches({ hasChildren: true }, { caresForChildren: true })).toBe(false);
  });
});
