import type { PlanTemplate, SectionDefinition } from "./build-plan";
import { matchesChangeAnswers, type ChangeAnswers } from "./change-answers";
import type { ChangeSectionId } from "./change-sections";
import type { ChangePlanValue } from "./plan-schema";

type Section = SectionDefinition<ChangeAnswers, ChangePlanValue> & { id: ChangeSectionId };

const section = (id: ChangeSectionId, title: string, intro: string): Section => ({
  id,
  title,
  intro,
  hasEntries: (entries) => (entries.items[id]?.length ?? 0) > 0,
});

/** The change plan: the same builder, its own sections, tailored by its own questions. */
export const changePlanSections: Section[] = [
  section("values", "What matters to me", "The partner, parent and person you want to be."),
  section(
    "warning-signs",
    "My warning signs",
    "What you notice in your body, your thoughts and what you do, before things get worse.",
  ),
  section("instead", "What I do instead", "Steps that keep everyone safe when you notice a warning sign."),
  section("supporters", "Who supports me", "People and programs that help you stay on track."),
  section(
    "commitments",
    "Commitments I have made",
    "Promises you have made, and to whom. Keep only the ones you mean.",
  ),
];

export const changePlanTemplate: PlanTemplate<ChangeAnswers, ChangePlanValue> = {
  sections: changePlanSections,
  matches: matchesChangeAnswers,
  done: (entries) => entries.done,
};
