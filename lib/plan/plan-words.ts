import english from "../../messages/en/planBuilder.json";

export { fill } from "./fill";

/**
 * The words the builder puts into a plan (section titles, "why" lines), in one language. Plain data
 * from messages/<locale>/planBuilder.json, so the builder stays free of next-intl and React.
 */
export type PlanWords = typeof english;

export const englishPlanWords: PlanWords = english;
