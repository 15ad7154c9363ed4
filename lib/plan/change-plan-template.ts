import type { PlanTemplate, SectionDefinition } from "./build-plan";
import { matchesChangeAnswers, type ChangeAnswers } from "./change-answers";
import { changeSectionIds, type ChangeSectionId } from "./change-sections";
import type { ChangePlanValue } from "./plan-schema";
import { englishPlanWords, type PlanWords } from "./plan-words";

type Section = SectionDefinition<ChangeAnswers, ChangePlanValue> & { id: ChangeSectionId };

/** The change plan: the same builder, its own sections, tailored by its own questions. */
export function changePlanSectionsIn(words: PlanWords): Section[] {
  return changeSectionIds.map((id) => ({
    id,
    ...words.changeSections[id],
    hasEntries: (entries) => (entries.items[id]?.length ?? 0) > 0,
  }));
}

export function changePlanTemplateIn(words: PlanWords): PlanTemplate<ChangeAnswers, ChangePlanValue> {
  return {
    sections: changePlanSectionsIn(words),
    matches: matchesChangeAnswers,
    done: (entries) => entries.done,
    why: words.why,
  };
}

export const changePlanSections = changePlanSectionsIn(englishPlanWords);
export const changePlanTemplate = changePlanTemplateIn(englishPlanWords);
