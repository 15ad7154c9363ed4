import { z } from "zod";

/** What a helper may have been asked to do: the trusted-people choices, a code word, a supporter. */
export const helperRoles = [
  "code-word",
  "keep-documents",
  "spare-key",
  "keep-go-bag",
  "pick-up-children",
  "place-to-stay",
  "call-for-help",
  "check-in",
  "change-supporter",
] as const;

export type HelperRole = (typeof helperRoles)[number];

/**
 * Everything a brief can ever hold, read by the helper's browser and by the server's code path.
 * Nothing else of the plan goes into a brief: every line here was chosen for this one person.
 */
export const briefContentSchema = z.object({
  v: z.literal(1),
  /** The language it was written in, for lang="". */
  locale: z.string().max(10),
  /** How the survivor chose to name herself, her words only. */
  from: z.string().max(80).optional(),
  roles: z.array(z.enum(helperRoles)).max(9),
  /** Lines already worded in her language. */
  canDo: z.array(z.string().max(300)).max(12).optional(),
  signal: z.object({ word: z.string().max(60), whatToDo: z.string().max(600) }).optional(),
  /** A safe place or a check-in arrangement. */
  place: z.string().max(600).optional(),
  ownWords: z.string().max(2000).optional(),
});

export type BriefContent = z.infer<typeof briefContentSchema>;

export const isHelperRole = (value: unknown): value is HelperRole =>
  typeof value === "string" && (helperRoles as readonly string[]).includes(value);

/** How long a brief lasts, in days: the survivor picks one of `choices`. */
export const BRIEF_DAYS = { default: 30, max: 365, choices: [7, 30, 90, 365] } as const;

/** The days asked for, if they are one of the choices; anything else is the default. */
export function briefDays(asked: unknown): number {
  const days = typeof asked === "string" ? Number(asked) : asked;
  return (BRIEF_DAYS.choices as readonly unknown[]).includes(days) ? (days as number) : BRIEF_DAYS.default;
}
