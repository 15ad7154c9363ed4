"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/auth/form-state";
import { z } from "zod";
import { refusedState } from "@/lib/auth/form-state";
import { guardedAction } from "@/lib/auth/guarded-action";
import { database } from "@/lib/db/database";
import { applySectionPatch } from "@/lib/plan/read-plan-forms";
import { circumstancesFormSchema, sectionFormSchema } from "@/lib/plan/plan-form-schemas";
import { loadPlan, savePlan } from "@/lib/plan/plan-store";
import { planEntriesSchema, type PlanValue } from "@/lib/plan/plan-schema";
import { siteRoutes } from "@/lib/site/site-routes";
import type { FormDraft } from "@/components/plan/form-draft";

export type PlanFormState = FormState & {
  version?: number;
  savedAt?: string;
  /** Another tab or device saved first. Both versions are shown; the person's own is kept as a snapshot. */
  conflict?: { saved: PlanValue; mine: PlanValue };
  /** What is now saved (or, after a clash, the person's own version), to redraw the form from. */
  entries?: PlanValue["entries"];
  /** A fresh id for the empty "add another" row. */
  blankId?: string;
  /** What the person sent, when it could not be saved: the form shows their words again, with the errors. */
  draft?: FormDraft;
};

const saveAnswers = guardedAction({
  session: "required",
  input: circumstancesFormSchema,
  // A person's plan is found by their own session; there is no id in the form to point elsewhere.
  owns: () => true,
  run: async (session, input) => {
    const db = database();
    const current = await loadPlan(db, session);
    return savePlan(db, session, { ...current.value, circumstances: input.answers }, input.version);
  },
});

const saveSection = guardedAction({
  session: "required",
  input: sectionFormSchema,
  owns: () => true,
  run: async (session, input) => {
    const db = database();
    const current = await loadPlan(db, session);
    const entries = applySectionPatch(input.section, current.value.entries, input.patch);
    return savePlan(db, session, { ...current.value, entries }, input.version, "save", { autosave: input.autosave });
  },
});

/** Every text field the person sent, by name (React's own fields left out). */
function draftOf(form: unknown): FormDraft {
  const draft: FormDraft = {};
  if (!(form instanceof FormData)) return draft;
  for (const [name, value] of form.entries()) {
    // Own entries only: a field named "constructor" must not find Object's, and "__proto__" is never ours.
    if (typeof value !== "string" || name.startsWith("$ACTION") || name === "__proto__") continue;
    if (Object.hasOwn(draft, name)) draft[name]?.push(value);
    else draft[name] = [value];
  }
  return draft;
}

function conflictState(conflict: { saved: { version: number; value: PlanValue }; mine: PlanValue }): PlanFormState {
  return { conflict: { saved: conflict.saved.value, mine: conflict.mine }, version: conflict.saved.version };
}

export async function saveAnswersAction(_previous: PlanFormState, form: FormData): Promise<PlanFormState> {
  const outcome = await saveAnswers(form);
  if (!outcome.ok) return refusedState(outcome);
  if (!outcome.value.ok) return conflictState(outcome.value.conflict);
  redirect(siteRoutes.makeAPlan.href);
}

// Without JavaScript the previous state comes back from a hidden field, so it is checked like any input.
const previousSectionState = z
  .object({
    version: z.number().int().min(0).optional().catch(undefined),
    entries: planEntriesSchema.optional().catch(undefined),
    blankId: z.uuid().optional().catch(undefined),
  })
  .catch({});

export async function saveSectionAction(previous: PlanFormState, form: FormData): Promise<PlanFormState> {
  const outcome = await saveSection(form);
  // Refused: keep showing what was on screen; the errors sit beside the fields that need them.
  if (!outcome.ok) return { ...refusedState(outcome), ...previousSectionState.parse(previous), draft: draftOf(form) };
  const blankId = randomUUID();
  if (!outcome.value.ok) return { ...conflictState(outcome.value.conflict), entries: outcome.value.conflict.mine.entries, blankId };
  return { version: outcome.value.plan.version, savedAt: new Date().toISOString(), entries: outcome.value.plan.value.entries, blankId };
}
