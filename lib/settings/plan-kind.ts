import { changePlanRoutes, planRoutes, siteRoutes } from "../site/site-routes";

/**
 * Which plan a person makes: a plan for their own safety, or a plan to change how they act. It
 * decides where sign-up leads and which plan the account page and the header offer. Stored only
 * encrypted, as the person's "plan-kind" record (plan-kind-schema.ts); absent means the safety plan.
 * No zod here: the sign-up form's JavaScript reads this file.
 */
export const planKinds = ["safety", "change"] as const;
export type PlanKind = (typeof planKinds)[number];

/** The one plain question, asked at sign-up and on the account page. */
export const planKindQuestion = {
  name: "planKind",
  label: "What would you like to make here?",
  hint: "You can change this later from your account page. Only you can see which you chose.",
  choices: { safety: "A plan for my safety", change: "A plan to change how I act" },
} as const;

/** Where each plan lives, where a new person starts it, and what the account page calls it. */
export const planPlaces = {
  safety: { home: siteRoutes.makeAPlan.href, firstQuestion: planRoutes.questions, name: "Your safety plan" },
  change: { home: siteRoutes.changePlan.href, firstQuestion: changePlanRoutes.questions, name: "Your change plan" },
} as const satisfies Record<PlanKind, { home: string; firstQuestion: string; name: string }>;
