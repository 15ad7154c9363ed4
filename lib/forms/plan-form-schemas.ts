import { z } from "zod";
import { fieldsOf, firstValue, TOO_MANY_FIELDS, type FormFields } from "./form-fields";
import { newReviewBySchema } from "../plan/plan-schema";
import { planSectionIds } from "../plan/plan-sections";
import { earliestReviewDate } from "../plan/review-due";
import { readChangeAnswers } from "./read-change-answers";
import { readChangePlan } from "./read-change-plan";
import { readCircumstances, readSectionPatch, type FieldErrors } from "./read-section-form";

/**
 * Every message here and in the readers is a key into messages/<locale>/formErrors.json
 * (`form-message.ts`); the actions say them in the reader's language (`sayFormState`).
 *
 * The plan version the form was opened at. Every plan form sends one, so a missing or broken one is
 * a validation error (an empty post must not save over a plan); `parse` inside a transform would
 * instead throw past safeParse and fail the whole request.
 */
export function readVersion(form: FormData | FormFields, context: z.RefinementCtx): number {
  const raw = form instanceof FormData ? form.get("version") : firstValue(form, "version");
  if (typeof raw === "string" && /^\d{1,15}$/.test(raw)) return Number(raw);
  context.addIssue({ code: "custom", path: ["version"], message: "outOfDate" });
  return 0;
}

function report(errors: FieldErrors, context: z.RefinementCtx): void {
  for (const [field, message] of Object.entries(errors)) context.addIssue({ code: "custom", path: [field], message });
}

/** The form's fields, read once; a form bigger than any of ours is refused before it is read. */
export function readFields(form: FormData, context: z.RefinementCtx): FormFields | undefined {
  const fields = fieldsOf(form);
  if (!fields) context.addIssue({ code: "custom", path: ["form"], message: TOO_MANY_FIELDS });
  return fields;
}

/** The answers form, read from its FormData; a bad answer becomes an error on its question. */
export const circumstancesFormSchema = z.instanceof(FormData).transform((form, context) => {
  const fields = readFields(form, context);
  if (!fields) return z.NEVER;
  const { answers, errors } = readCircumstances(fields);
  report(errors, context);
  return { answers: answers ?? {}, version: readVersion(fields, context) };
});

/**
 * One section's form: its section, the plan version it was opened at, and what it says. Only a
 * form that cannot be read at all is refused here; fields that need fixing come back in `errors`,
 * and everything else in the form is saved.
 */
export const sectionFormSchema = z.instanceof(FormData).transform((form, context) => {
  const fields = readFields(form, context);
  if (!fields) return z.NEVER;
  const section = z.enum(planSectionIds).safeParse(firstValue(fields, "section"));
  if (!section.success) {
    context.addIssue({ code: "custom", path: ["section"], message: "noSuchSection" });
    return z.NEVER;
  }
  const autosave = firstValue(fields, "autosave") === "1";
  const { patch, errors } = readSectionPatch(section.data, fields, { autosave });
  return { section: section.data, patch, errors, version: readVersion(fields, context), autosave };
});

export type SectionForm = z.output<typeof sectionFormSchema>;

/** Only a version: the review is done. */
export const versionFormSchema = z
  .instanceof(FormData)
  .transform((form, context) => ({ version: readVersion(form, context) }));

/** The review date: today or later, or empty to clear it. `today` is the browser's own date, when it sent one. */
export const reviewByFormSchema = z.instanceof(FormData).transform((form, context) => {
  const date = String(form.get("reviewBy") ?? "");
  const earliest = earliestReviewDate(new Date(), String(form.get("today") ?? ""));
  const parsed = date === "" ? undefined : newReviewBySchema(earliest).safeParse(date);
  if (parsed && !parsed.success)
    context.addIssue({ code: "custom", path: ["reviewBy"], message: parsed.error.issues[0]?.message ?? "" });
  return { reviewBy: parsed?.data, version: readVersion(form, context) };
});

const IDEA_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A next step's "Done" (`doneStep`) or "Pick a different one" (`setAsideStep`) form: the one idea it names. */
export const nextStepFormSchema = (field: "doneStep" | "setAsideStep") =>
  z
    .instanceof(FormData)
    .transform((form) => form.get(field))
    .pipe(z.string().max(80).regex(IDEA_ID, { message: "noSuchIdea" }))
    .transform((step) => ({ step }));

/** "Show the ideas I set aside again": one button, one value. */
export const bringBackStepsFormSchema = z
  .instanceof(FormData)
  .transform((form) => form.get("bringBack"))
  .pipe(z.literal("all"));

/** The change plan's form: every box that is right, what needs fixing, and the version. */
export const changePlanFormSchema = z.instanceof(FormData).transform((form, context) => {
  const read = readChangePlan(form);
  if (!read.patch) {
    context.addIssue({ code: "custom", path: ["form"], message: read.errors.form ?? "" });
    return z.NEVER;
  }
  const autosave = form.get("autosave") === "1";
  return { patch: read.patch, errors: read.errors, version: readVersion(form, context), autosave };
});

/**
 * The change plan's questions: every answer that is one of ours, and an error on any that is not
 * (that question keeps its saved answer), and the version. Only a form bigger than ours, or one
 * without its version, is refused whole.
 */
export const changeAnswersFormSchema = z.instanceof(FormData).transform((form, context) => {
  const read = readChangeAnswers(form);
  if (read.errors.form) report({ form: read.errors.form }, context);
  return { ...read, version: readVersion(form, context) };
});

/** The version a refused form was opened at, so a sign-in-and-save still checks for changes made meanwhile. */
export const sentVersion = (form: unknown) =>
  form instanceof FormData ? z.coerce.number().int().min(0).safeParse(form.get("version")).data : undefined;
