"use server";

import { refusedState } from "@/lib/auth/form-state";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { exportFormSchema, importFormSchema } from "@/lib/forms/plan-file-schemas";
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
  if (!outcome.ok) return refusedState(outcome);
  return outcome.value.ok ? lockedFileState(outcome.value.value) : turnRefused(outcome.value);
}

/** Replaces the change plan with a saved copy; the plan as it was stays in the history. */
export async function importChangePlanAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  // A caller with JavaScript can send anything in place of the form.
  const fields =
    form instanceof FormData
      ? { file: form.get("file"), passphrase: form.get("passphrase"), version: form.get("version") }
      : {};
  const outcome = await bringBack(fields);
  if (!outcome.ok) return refusedState(outcome);
  const result = outcome.value;
  if ("reason" in result) return turnRefused(result);
  if ("problem" in result) return unopenedState(result.problem);
  if (!result.ok) return { formError: "Your plan changed while you were doing this. Please try again." };
  return { imported: true };
}
