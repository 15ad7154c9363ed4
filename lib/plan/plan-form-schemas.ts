import { z } from "zod";
import { planSectionIds } from "./plan-sections";
import { readCircumstances, readSectionPatch, type FieldErrors } from "./read-plan-forms";

/**
 * The plan version the form was opened at. Every plan form sends one, so a missing or broken one is
 * a validation error (an empty post must not save over a plan); `parse` inside a transform would
 * instead throw past safeParse and fail the whole request.
 */
export function readVersion(form: FormData, context: z.RefinementCtx): number {
  const raw = form.get("version");
  if (typeof raw === "string" && /^\d{1,15}$/.test(raw)) return Number(raw);
  context.addIssue({ code: "custom", path: ["version"], message: "This page is out of date. Please open it again." });
  return 0;
}

function report(errors: FieldErrors, context: z.RefinementCtx): void {
  for (const [field, message] of Object.entries(errors)) context.addIssue({ code: "custom", path: [field], message });
}

/** The answers form, read from its FormData; a bad answer becomes an error on its question. */
export const circumstancesFormSchema = z.instanceof(FormData).transform((form, context) => {
  const { answers, errors } = readCircumstances(form);
  report(errors, context);
  return { answers: answers ?? {}, version: readVersion(form, context) };
});

/** One section's form: its section, the plan version it was opened at, and what it says. */
export const sectionFormSchema = z.instanceof(FormData).transform((form, context) => {
  const section = z.enum(planSectionIds).safeParse(form.get("section"));
  if (!section.success) {
    context.addIssue({ code: "custom", path: ["section"], message: "That part of the plan does not exist." });
    return z.NEVER;
  }
  const { patch, errors } = readSectionPatch(section.data, form);
  report(errors, context);
  return { section: section.data, patch, version: readVersion(form, context), autosave: form.get("autosave") === "1" };
});
