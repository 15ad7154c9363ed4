import { z } from "zod";
import { planSectionIds } from "./plan-sections";
import { readCircumstances, readSectionPatch, type FieldErrors } from "./read-plan-forms";

const version = z.coerce.number().int().min(0);

function report(errors: FieldErrors, context: z.RefinementCtx): void {
  for (const [field, message] of Object.entries(errors)) context.addIssue({ code: "custom", path: [field], message });
}

/** The answers form, read from its FormData; a bad answer becomes an error on its question. */
export const circumstancesFormSchema = z.instanceof(FormData).transform((form, context) => {
  const { answers, errors } = readCircumstances(form);
  report(errors, context);
  return { answers: answers ?? {}, version: version.parse(form.get("version") ?? 0) };
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
  return { section: section.data, patch, version: version.parse(form.get("version") ?? 0), autosave: form.get("autosave") === "1" };
});
