import { z } from "zod";

/** What a person can say matters most right now. The builder puts what serves these first. */
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

export const prioritiesSchema = z
  .array(z.enum(priorityIds))
  .max(priorityIds.length)
  .refine((list) => new Set(list).size === list.length, { message: "Each priority once." });
