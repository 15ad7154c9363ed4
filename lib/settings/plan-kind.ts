import { changePlanRoutes, planRoutes, siteRoutes } from "../site/site-routes";

/**
 * Which plan a person makes: a plan for their own safety, or a plan to change how they act. It
 * decides where sign-up leads and which plan the account page and the header offer. Stored only
 * encrypted, as the person's "plan-kind" record (plan-kind-schema.ts); absent means the safety plan.
 * No zod here: the sign-up form's JavaScript reads this file.
 */
export const planKinds = ["safety", "change"] as const;
export type PlanKind = (typeof planKinds)[number];

/** The form field of the one plain question, asked at sign-up and on the account page (words: account.planKind). */
export const planKindQuestion = { name: "planKind" } as const;

/** Where each plan lives and where a new person starts it (names: account.planNames). */
export const planPlaces = {
  safety: { home: siteRoutes.makeAPlan.href, firstQuestion: planRoutes.questions },
  change: { home: siteRoutes.changePlan.href, firstQuestion: changePlanRoutes.questions },
} as const satisfies Record<PlanKind, { home: string; firstQuestion: string }>;
