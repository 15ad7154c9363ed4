import { z } from "zod";
import { changeSectionIds } from "./change-sections";
import { circumstancesSchema } from "./circumstances";
import { keepUnder, MAX_CHANGE_LINES, MAX_MARKED_DONE, MAX_ROWS, textLimits } from "./plan-limits";
import { planSectionIds } from "./plan-sections";

const text = (max: number) => z.string().trim().max(max, { message: keepUnder(max) });
const { trustedPerson, safePlace, workplaceContact } = textLimits;
const itemId = z.string().regex(/^[a-z0-9-]{6,40}$/);

export const trustedPersonHelp = ["keep-documents", "spare-key", "keep-go-bag", "pick-up-children", "place-to-stay", "call-for-help"] as const;

export const trustedPersonSchema = z.object({
  id: itemId,
  name: text(trustedPerson.name).min(1, { message: "Add a name or nickname." }),
  reach: text(trustedPerson.reach).default(""),
  canHelpWith: z.array(z.enum(trustedPersonHelp)).max(trustedPersonHelp.length).default([]),
  otherHelp: text(trustedPerson.otherHelp).default(""),
  codeWord: text(trustedPerson.codeWord).default(""),
  knowsAboutPlan: z.boolean().default(false),
});

export const safePlaceSchema = z.object({
  id: itemId,
  place: text(safePlace.place).min(1, { message: "Say where the place is, in words that make sense to you." }),
  howToGetThere: text(safePlace.howToGetThere).default(""),
  keptThere: text(safePlace.keptThere).default(""),
});

export const workplaceRoles = ["manager", "union-rep", "hr", "front-desk", "colleague", "other"] as const;
export const workplaceHelp = ["screen-calls", "walk-to-car", "change-schedule", "keep-photo", "change-desk"] as const;

export const workplaceContactSchema = z.object({
  id: itemId,
  role: z.enum(workplaceRoles, { message: "Choose who this person is at work or school." }),
  name: text(workplaceContact.name).default(""),
  willDo: z.array(z.enum(workplaceHelp)).max(workplaceHelp.length).default([]),
  otherHelp: text(workplaceContact.otherHelp).default(""),
});

/** Strategy id → done, as many as a plan may keep. */
const doneSchema = z
  .record(z.string().max(80), z.boolean())
  .refine((done) => Object.keys(done).length <= MAX_MARKED_DONE, { message: `A plan keeps up to ${MAX_MARKED_DONE} ideas marked done.` })
  .default({});

/** Everything the person has written or ticked. The builder never drops or changes any of it. */
export const planEntriesSchema = z.object({
  trustedPeople: z.array(trustedPersonSchema).max(MAX_ROWS).default([]),
  safePlaces: z.array(safePlaceSchema).max(MAX_ROWS).default([]),
  workplaceContacts: z.array(workplaceContactSchema).max(MAX_ROWS).default([]),
  done: doneSchema,
  notes: z.partialRecord(z.enum(planSectionIds), text(textLimits.note)).default({}),
});

export const reviewBySchema = z.iso.date().optional();

/** The "plan" record: answers, entries and review dates. */
export const planValueSchema = z.object({
  circumstances: circumstancesSchema.default({}),
  entries: planEntriesSchema.default({ trustedPeople: [], safePlaces: [], workplaceContacts: [], done: {}, notes: {} }),
  reviewBy: reviewBySchema,
  lastReviewedAt: z.iso.datetime().optional(),
});

/** A snapshot kept at every save, so any earlier plan can be opened again. */
export const planRevisionSchema = z.object({
  savedAt: z.iso.datetime(),
  /** Why this snapshot exists: an ordinary save, a review, an import, or a copy kept from a clash. */
  reason: z.enum(["save", "review", "import", "conflict-copy"]),
  plan: planValueSchema,
});

/** The change plan for people who have used violence: a list of the person's own lines per section. */
export const changePlanValueSchema = z.object({
  items: z.partialRecord(z.enum(changeSectionIds), z.array(text(textLimits.changeLine).min(1)).max(MAX_CHANGE_LINES)).default({}),
  done: doneSchema,
});

export type TrustedPerson = z.infer<typeof trustedPersonSchema>;
export type SafePlace = z.infer<typeof safePlaceSchema>;
export type WorkplaceContact = z.infer<typeof workplaceContactSchema>;
export type PlanEntries = z.infer<typeof planEntriesSchema>;
export type PlanValue = z.infer<typeof planValueSchema>;
export type PlanRevision = z.infer<typeof planRevisionSchema>;
export type ChangePlanValue = z.infer<typeof changePlanValueSchema>;

export const emptyPlan = (): PlanValue => planValueSchema.parse({});
