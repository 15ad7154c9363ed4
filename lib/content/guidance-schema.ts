import { z } from "zod";
import { audienceIds } from "./audiences";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "must be lower-case words joined by hyphens" });

const isoDate = z
  .string({ message: "must be a date written as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date written as YYYY-MM-DD" })
  .refine(isCalendarDate, { message: "must be a real calendar date" });

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Where a fact came from: a title, and an address or one of the shared source files. `language` is
 * the language the title is written in (English unless it says), so screen readers say it right.
 */
export const sourceSchema = z
  .object({
    title: z.string().min(2, { message: "must name the source" }),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: "must be a language tag such as fr-CA" }).default("en"),
    url: z.url({ protocol: /^https?$/, message: "must be a full https:// address" }).optional(),
    file: z.string().regex(/^[\w.-]+\.txt$/, { message: "must be a source file name such as 000_x.txt" }).optional(),
  })
  .strict()
  .refine((value) => value.url !== undefined || value.file !== undefined, {
    message: "needs a url or a file name",
  });

/** The front matter every guidance page starts with (see content/README.md). */
export const guidanceFrontMatterSchema = z
  .object({
    title: z.string().min(3).max(90),
    summary: z.string().min(20, { message: "must be at least a sentence" }).max(300),
    audience: z.enum(audienceIds),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { message: "must be a language tag such as en or fr-CA" }),
    lastReviewed: isoDate,
    order: z.number().int().min(1),
    related: z.array(slug).default([]),
    sources: z.array(sourceSchema).min(1, { message: "must list at least one source" }),
  })
  .strict();

export type GuidanceFrontMatter = z.infer<typeof guidanceFrontMatterSchema>;

export type TableOfContentsEntry = { id: string; text: string };

/** One page, validated and rendered at build time. */
export type GuidancePage = GuidanceFrontMatter & {
  slug: string;
  /** The neutral path segment: a visit leaves /guide/<code>, not the topic, in the history. */
  code: string;
  html: string;
  /** Plain text, for search. */
  text: string;
  headings: TableOfContentsEntry[];
  wordCount: number;
};
