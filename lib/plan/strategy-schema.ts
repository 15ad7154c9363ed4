import { z } from "zod";
import { sourceSchema } from "../content/guidance-schema";
import { strategyConditionSchema } from "./circumstances";
import { changeConditionSchema } from "./change-answers";
import { planSectionIds } from "./plan-sections";
import { changeSectionIds } from "./change-sections";

const forChangePlan = (section: string) => (changeSectionIds as readonly string[]).includes(section);

/** Front matter of one strategy in content/strategies/ (see its README). */
export const strategyFrontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "must be lower-case words joined by hyphens" }),
    section: z.enum([...planSectionIds, ...changeSectionIds]),
    priority: z.number().int().min(1).max(3),
    /** The safety plan's answers for its sections, the change plan's for its own (change-answers.ts). */
    when: z.union([strategyConditionSchema, changeConditionSchema]).optional(),
    why: z.string().min(5).max(200).optional(),
    /** Where the facts in it (names, numbers, rules) were checked; a suggestion without facts needs none. */
    sources: z.array(sourceSchema).min(1).optional(),
  })
  .strict()
  .refine((value) => !value.when || value.why, { message: "needs a why, because it has conditions", path: ["why"] })
  .refine(
    (value) =>
      !value.when ||
      (forChangePlan(value.section) ? changeConditionSchema : strategyConditionSchema).safeParse(value.when).success,
    { message: "tests answers that belong to the other plan's questions", path: ["when"] },
  );

export type Strategy = z.infer<typeof strategyFrontMatterSchema> & { text: string };

/** The look-back questions whose "yes" brings a safety-plan strategy (a change-plan one has none). */
export const riskIdsOf = (strategy: Pick<Strategy, "when">) =>
  strategy.when && "risk" in strategy.when ? strategy.when.risk : undefined;
