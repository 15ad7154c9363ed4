"use server";

import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { exportFormSchema, importFormSchema } from "@/lib/forms/plan-file-schemas";
import { planFileRefusal, planFileWords } from "@/lib/forms/plan-file-refusal";
import { lockedFileState, turnRefused, unopenedState } from "@/lib/forms/plan-file-states";
import type { ExportState, ImportState } from "@/lib/forms/plan-form-states";
import { bringBackChangePlanCopy, lockedChangePlanCopyOf } from "@/lib/plan-store/change-plan-copies";

const lockCopy = guardedAction({
  session: "required",
  input: exportFormSchema,
  // The copy is always of the signed-in person's own change plan.
  owns: () => true,
  run: (session, input) => lockedChangePlanCopyOf(session, input.passphrase),
});

const bringBack = guardedAction({
  session: "required",
  input: importFormSchema,
  owns: () => true,
  run: async (session, input) => bringBackChangePlanCopy(session, await input.file.text(), input.passphrase),
});

/** A locked copy of the change plan, handed back as a download link that works without JavaScript. */
export async function exportChangePlanAction(_previous: ExportState, form: FormData): Promise<ExportState> {
  const outcome = await lockCopy(formFields(form));
  if (!outcome.ok) return planFileRefusal(outcome);
  return outcome.value.ok ? lockedFileState(outcome.value.value) : turnRefused(outcome.value, await planFileWords());
}

/** Replaces the change plan with a saved copy; the plan as it was stays in the history. */
export async function importChangePlanAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  // A caller with JavaScript can send anything in place of the form.
  const fields =
    form instanceof FormData
      ? { file: form.get("file"), passphrase: form.get("passphrase"), version: form.get("version") }
      : {};
  const outcome = await bringBack(fields);
  if (!outcome.ok) return planFileRefusal(outcome);
  const result = outcome.value;
  const say = await planFileWords();
  if ("reason" in result) return turnRefused(result, say);
  if ("problem" in result) return unopenedState(result.problem, say);
  if (!result.ok) return { formError: say("changedMeanwhile") };
  return { imported: true };
}
