import { z } from "zod";
import { provinceCodes } from "../content/regions";
import { priorityIds } from "./priorities";
import { riskQuestionIds, type RiskAnswers } from "./risk-reflection";

const prioritiesSchema = z
  .array(z.enum(priorityIds))
  .max(priorityIds.length)
  .refine((list) => new Set(list).size === list.length, { message: "Each priority once." });

/**
 * The short, skippable set of questions the plan is tailored to. Every answer is optional:
 * a skipped question simply means suggestions that depend on it are not shown.
 */
export const circumstancesSchema = z
  .object({
    livingSituation: z.enum(["with-them", "planning-to-leave", "apart", "left"]).optional(),
    childAges: z
      .array(z.enum(["under-5", "5-12", "13-17"]))
      .max(3)
      .optional(),
    otherDependants: z.boolean().optional(),
    pets: z.boolean().optional(),
    workOrStudy: z.enum(["none", "work", "study", "both"]).optional(),
    theyKnowWhereIWork: z.boolean().optional(),
    safeTravel: z.enum(["yes", "no", "unsure"]).optional(),
    deviceChecked: z.enum(["yes", "no", "unsure"]).optional(),
    immigrationConcerns: z.boolean().optional(),
    accessNeeds: z.boolean().optional(),
    ruralOrRemote: z.boolean().optional(),
    consideringConversation: z.boolean().optional(),
    policeFeelSafe: z.enum(["yes", "no", "unsure"]).optional(),
    province: z.enum(provinceCodes).optional(),
    preferredLanguage: z.enum(["en", "fr", "other"]).optional(),
    /** What matters most right now, in the person's order; orders the plan, never filters it. */
    priorities: prioritiesSchema.optional(),
  })
  .strict();

export type Circumstances = z.infer<typeof circumstancesSchema>;
export type CircumstanceKey = keyof Circumstances;
/** What the safety plan's builder is given: the answers, and the latest risk reflection's answers. */
export type SafetyAnswers = Circumstances & { risk?: RiskAnswers };

/**
 * What a strategy's `when:` may test. A list means "any of these answers"; true/false test a yes/no
 * question; `hasChildren` is true when any child age range is chosen; `risk` holds when any of the
 * listed reflection questions was answered "yes".
 */
export const strategyConditionSchema = z
  .object({
    livingSituation: z.array(z.enum(["with-them", "planning-to-leave", "apart", "left"])).min(1),
    childAges: z.array(z.enum(["under-5", "5-12", "13-17"])).min(1),
    hasChildren: z.boolean(),
    otherDependants: z.boolean(),
    pets: z.boolean(),
    workOrStudy: z.array(z.enum(["work", "study", "both"])).min(1),
    theyKnowWhereIWork: z.boolean(),
    safeTravel: z.array(z.enum(["yes", "no", "unsure"])).min(1),
    deviceChecked: z.array(z.enum(["yes", "no", "unsure"])).min(1),
    immigrationConcerns: z.boolean(),
    accessNeeds: z.boolean(),
    ruralOrRemote: z.boolean(),
    consideringConversation: z.boolean(),
    policeFeelSafe: z.array(z.enum(["yes", "no", "unsure"])).min(1),
    province: z.array(z.enum(provinceCodes)).min(1),
    risk: z.array(z.enum(riskQuestionIds)).min(1),
  })
  .partial()
  .strict();

export type StrategyCondition = z.infer<typeof strategyConditionSchema>;
