import { z } from "zod";
import { changeSectionIds } from "./change-sections";
import { circumstancesSchema } from "./circumstances";
import { planSectionIds } from "./plan-sections";

const text = (max: number) => z.string().trim().max(max, { message: `Keep this under ${max} characters.` });
const itemId = z.string().regex(/^[a-z0-9-]{6,40}$/);

export const trustedPersonHelp = ["keep-documents", "spare-key", "keep-go-bag", "pick-up-children", "place-to-stay", "call-for-help"] as const;

export const trustedPersonSchema = z.object({
  id: itemId,
  name: text(80).min(1, { message: "Add a name or nickname." }),
  reach: text(200).default(""),
  canHelpWith: z.array(z.enum(trustedPersonHelp)).default([]),
  otherHelp: text(300).default(""),
  codeWord: text(60).default(""),
  knowsAboutPlan: z.boolean().default(false),
});

export const safePlaceSchema = z.object({
  id: itemId,
  place: text(120).min(1, { message: "Say where the place is, in words that make sense to you." }),
  howToGetThere: text(300).default(""),
  keptThere: text(300).default(""),
});

export const workplaceRoles = ["manager", "union-rep", "hr", "front-desk", "colleague", "other"] as const;
export const workplaceHelp = ["screen-calls", "walk-to-car", "change-schedule", "keep-photo", "change-desk"] as const;

export const workplaceContactSchema = z.object({
  id: itemId,
  role: z.enum(workplaceRoles, { message: "Choose who this person is at work or school." }),
  name: text(80).default(""),
  willDo: z.array(z.enum(workplaceHelp)).default([]),
  otherHelp: text(300).default(""),
});

/** Everything the person has written or ticked. The builder never drops or changes any of it. */
export const planEntriesSchema = z.object({
  trustedPeople: z.array(trustedPersonSchema).max(30).default([]),
  safePlaces: z.array(safePlaceSchema).max(30).default([]),
  workplaceContacts: z.array(workplaceContactSchema).max(30).default([]),
  /** Strategy id → done. */
  done: z.record(z.string().max(80), z.boolean()).default({}),
  notes: z.partialRecord(z.enum(planSectionIds), text(4000)).default({}),
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
  items: z.partialRecord(z.enum(changeSectionIds), z.array(text(300).min(1)).max(30)).default({}),
  done: z.record(z.string().max(80), z.boolean()).default({}),
});

export type TrustedPerson = z.infer<typeof trustedPersonSchema>;
export type SafePlace = z.infer<typeof safePlaceSchema>;
export type WorkplaceContact = z.infer<typeof workplaceContactSchema>;
export type PlanEntries = z.infer<typeof planEntriesSchema>;
export type PlanValue = z.infer<typeof planValueSchema>;
export type PlanRevision = z.infer<typeof planRevisionSchema>;
export type ChangePlanValue = z.infer<typeof changePlanValueSchema>;

export const emptyPlan = (): PlanValue => planValueSchema.parse({});
