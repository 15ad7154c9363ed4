import { z } from "zod";
import { changeAnswersSchema } from "./change-answers";
import { changeSectionIds } from "./change-sections";
import { circumstancesSchema } from "./circumstances";
import { entryListSchemas, entrySchemas, leftOutSchema } from "./entry-kinds/entry-schemas";
import { keepUnder, MAX_CHANGE_LINES, MAX_MARKED_DONE, MAX_SET_ASIDE, textLimits } from "./plan-limits";
import { planSectionIds } from "./plan-sections";
import { riskReflectionSchema } from "./risk-reflection";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: keepUnder(max) });

export const trustedPersonSchema = entrySchemas.trustedPeople;
export const safePlaceSchema = entrySchemas.safePlaces;
export const workplaceContactSchema = entrySchemas.workplaceContacts;

/** Strategy id → done, as many as a plan may keep. */
const doneSchema = z
  .record(z.string().max(80), z.boolean())
  .refine((done) => Object.keys(done).length <= MAX_MARKED_DONE, {
    message: `tooManyDone?max=${MAX_MARKED_DONE}`,
  })
  .default({});

/** Everything the person has written or ticked. The builder never drops or changes any of it. */
export const planEntriesSchema = z.object({
  ...entryListSchemas,
  /** Checklist suggestions the person left out, so they are not offered again. */
  leftOut: leftOutSchema,
  done: doneSchema,
  notes: z.partialRecord(z.enum(planSectionIds), text(textLimits.note)).default({}),
});

export const reviewBySchema = z.iso.date().optional();
/** Message keys, like every plan form's (messages/<locale>/formErrors.json). */
export const REVIEW_DATE_PASSED = "datePassed";
/** A review date being set now: a stored one may have passed (that is when it is due), a new one may not. */
export const newReviewBySchema = (earliest: string) =>
  z.iso.date({ message: "pickDate" }).refine((date) => date >= earliest, REVIEW_DATE_PASSED);

/** The "plan" record: answers, entries and review dates. */
export const planValueSchema = z.object({
  circumstances: circumstancesSchema.default({}),
  entries: planEntriesSchema.default(() => emptyEntries()),
  reviewBy: reviewBySchema,
  lastReviewedAt: z.iso.datetime().optional(),
  /** The unscored risk reflection, dated; absent until the person chooses to do it. */
  reflection: riskReflectionSchema.optional(),
  /** Ideas the person chose "Pick a different one" for, oldest first; they stay in their sections. */
  nextStepsSetAside: z.array(z.string().max(80)).max(MAX_SET_ASIDE).optional(),
});

/** A snapshot kept at every save, so any earlier plan can be opened again. */
export const planRevisionSchema = z.object({
  savedAt: z.iso.datetime(),
  /**
   * Why this snapshot exists: an ordinary save, a review, an import, a copy kept from a clash, an
   * earlier version brought back ("restore"), or the plan as it was just before a restore or import.
   */
  reason: z.enum(["save", "review", "import", "conflict-copy", "restore", "before-restore", "before-import"]),
  /** For a restore: when the version brought back had been saved. */
  restoredFrom: z.iso.datetime().optional(),
  /** Made by an autosave: only such a snapshot takes the next autosaves, so every deliberate save stays one to go back to. */
  autosaved: z.literal(true).optional(),
  plan: planValueSchema,
});

/** The change plan for people who have used violence: a list of the person's own lines per section. */
export const changePlanValueSchema = z.object({
  items: z
    .partialRecord(z.enum(changeSectionIds), z.array(text(textLimits.changeLine).min(1)).max(MAX_CHANGE_LINES))
    .default({}),
  done: doneSchema,
  /** The change plan's own questions (change-answers.ts); absent until the person answers any. */
  answers: changeAnswersSchema.optional(),
});

/** A snapshot of the change plan at each save, as for the safety plan. */
export const changePlanRevisionSchema = z.object({
  savedAt: z.iso.datetime(),
  reason: z.enum(["save", "import", "conflict-copy", "before-import"]),
  plan: changePlanValueSchema,
  autosaved: z.literal(true).optional(),
});

export type TrustedPerson = z.infer<typeof trustedPersonSchema>;
export type SafePlace = z.infer<typeof safePlaceSchema>;
export type WorkplaceContact = z.infer<typeof workplaceContactSchema>;
export type PlanEntries = z.infer<typeof planEntriesSchema>;
export type PlanValue = z.infer<typeof planValueSchema>;
export type PlanRevision = z.infer<typeof planRevisionSchema>;
export type ChangePlanValue = z.infer<typeof changePlanValueSchema>;
export type ChangePlanRevision = z.infer<typeof changePlanRevisionSchema>;

export const emptyPlan = (): PlanValue => planValueSchema.parse({});
/** A plan with nothing written or ticked. */
export const emptyEntries = (): PlanEntries => planEntriesSchema.parse({});
