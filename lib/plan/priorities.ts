/**
 * What a person can say matters most right now. The builder puts what serves these first. No zod
 * here: the questions form in the browser reads these labels (the schema is in circumstances.ts).
 */
export const priorities = {
  "safety-at-home": "Being safer at home",
  privacy: "Privacy from the person who hurt me",
  children: "The children",
  relationship: "Staying in or leaving the relationship",
  "money-housing": "Money and housing",
  "health-feelings": "My health and feelings",
  work: "Work or school",
} as const;

export type PriorityId = keyof typeof priorities;
export const priorityIds = Object.keys(priorities) as [PriorityId, ...PriorityId[]];
