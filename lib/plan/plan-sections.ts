/** The sections of a safety plan, in the order the plan shows them. */
export const planSectionIds = [
  "emergency",
  "trusted-people",
  "safe-places",
  "work-school",
  "leaving",
  "children",
  "pets",
  "technology",
  "money",
  "emotional",
  "conversation",
  "legal",
] as const;

export type PlanSectionId = (typeof planSectionIds)[number];
