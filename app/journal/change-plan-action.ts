"use server";

import { z } from "zod";
import { refusedState, type FormState } from "@/lib/auth/form-state";
import { guardedAction } from "@/lib/auth/guarded-action";
import { database } from "@/lib/db/database";
import { changeSectionIds } from "@/lib/plan/change-sections";
import { readVersion } from "@/lib/plan/plan-form-schemas";
import { saveChangePlan } from "@/lib/plan/change-plan-store";
import { changePlanValueSchema, type ChangePlanValue } from "@/lib/plan/plan-schema";

export type ChangePlanState = FormState & { version?: number; saved?: boolean; value?: ChangePlanValue; clash?: ChangePlanValue };

/** Each section is a box with one line per item; ticked ideas are kept as done. Not yet checked. */
function readChangePlan(form: FormData): ChangePlanValue {
  const items = Object.fromEntries(
    changeSectionIds.map((id) => [id, String(form.get(id) ?? "").split("\n").map((line) => line.trim()).filter(Boolean)]),
  );
  const ticked = new Set(form.getAll("done").map(String));
  const done = Object.fromEntries(form.getAll("shown").map(String).slice(0, 100).map((id) => [id, ticked.has(id)]));
  return { items, done };
}

const changePlanForm = z.instanceof(FormData).transform((form, context) => {
  const parsed = changePlanValueSchema.safeParse(readChangePlan(form));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) context.addIssue({ code: "custom", path: [String(issue.path[1] ?? "form")], message: "Keep each line under 300 characters, and at most 30 lines." });
    return z.NEVER;
  }
  return { value: parsed.data, version: readVersion(form, context) };
});

const save = guardedAction({
  session: "required",
  input: changePlanForm,
  owns: () => true,
  run: (session, input) => saveChangePlan(database(), session, input.value, input.version),
});

// Without JavaScript the previous state comes back from a hidden field: only a version is kept from it.
const previousVersion = z.object({ version: z.number().int().min(0).optional().catch(undefined) }).catch({});

export async function saveChangePlanAction(previous: ChangePlanState, form: FormData): Promise<ChangePlanState> {
  const outcome = await save(form);
  // Refused: the boxes show what the person sent, beside the errors, rather than losing it.
  if (!outcome.ok) {
    const sent = form instanceof FormData ? readChangePlan(form) : undefined;
    return { ...refusedState(outcome), version: previousVersion.parse(previous).version, value: sent };
  }
  if (!outcome.value.ok) {
    return { version: outcome.value.saved.version, value: outcome.value.saved.value, clash: changePlanForm.parse(form).value };
  }
  return { version: outcome.value.plan.version, value: outcome.value.plan.value, saved: true };
}
