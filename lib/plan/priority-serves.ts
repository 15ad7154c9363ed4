import type { Circumstances } from "./circumstances";
import type { PlanSectionId } from "./plan-sections";
import { englishPlanWords, fill, type PlanWords } from "./plan-words";
import type { PriorityId } from "./priorities";

/**
 * What each priority serves: whole parts of the plan, and a few ideas that sit in other parts. The
 * one table the builder (order) and the next steps (what comes first) read.
 */
export const servedByPriority = {
  "safety-at-home": {
    sections: ["emergency", "trusted-people", "safe-places"],
    ideas: ["tech-smart-home", "emotional-while-living-together", "pets-threats"],
  },
  privacy: {
    sections: ["technology"],
    ideas: ["tell-each-person-only-what-they-need", "a-place-they-do-not-know", "money-own-account"],
  },
  children: {
    sections: ["children"],
    ideas: [
      "someone-to-take-the-children",
      "childrens-papers",
      "legal-family-court",
      "money-child-benefit",
      "conversation-children",
    ],
  },
  relationship: {
    sections: ["leaving", "conversation"],
    ideas: ["emotional-not-knowing", "emotional-after-leaving", "legal-court-orders", "legal-getting-advice"],
  },
  "money-housing": {
    sections: ["money", "safe-places"],
    ideas: ["set-money-aside", "gather-important-papers", "police-standby-for-belongings"],
  },
  "health-feelings": {
    sections: ["emotional"],
    ideas: ["emergency-plan-for-access-needs", "leaving-with-access-needs"],
  },
  work: { sections: ["work-school"], ideas: ["money-income-support"] },
} as const satisfies Record<PriorityId, { sections: readonly PlanSectionId[]; ideas: readonly string[] }>;

/** One thing the person said matters most: why it puts things first, and what it serves. */
export type Focus = { id: PriorityId; why: string; sections: readonly string[]; ideas: readonly string[] };

export const mattersMost = (id: PriorityId, words: PlanWords = englishPlanWords) =>
  fill(words.why.mattersMost, { priority: words.priorities[id] });

/** The person's priorities in their order, each with what it serves; none chosen is none at all. */
export const focusOf = (answers: Pick<Circumstances, "priorities">, words: PlanWords = englishPlanWords): Focus[] =>
  (answers.priorities ?? []).map((id) => ({ id, why: mattersMost(id, words), ...servedByPriority[id] }));

/** Whether an idea in a section serves this priority. */
export const serves = (focus: Focus, sectionId: string, ideaId: string) =>
  focus.sections.includes(sectionId) || focus.ideas.includes(ideaId);
