"use server";

import { refusedState } from "@/lib/auth/form-state";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { exportFormSchema, importFormSchema } from "@/lib/forms/plan-file-schemas";
import { lockedFileState, turnRefused } from "@/lib/forms/plan-file-states";
import type { ExportState, ImportState } from "@/lib/forms/plan-form-states";
import { bringBackCopy, lockedCopyOf } from "@/lib/plan-store/plan-copies";

const lockCopy = guardedAction({
  session: "required",
  input: exportFormSchema,
  owns: () => true,
  run: (session, input) => lockedCopyOf(session, input.passphrase),
});

const bringBack = guardedAction({
  session: "required",
  input: importFormSchema,
  owns: () => true,
  run: async (session, input) => bringBackCopy(session, await input.file.text(), input.passphrase),
});

/** A locked copy of the plan, handed back as a download link that works without JavaScript. */
export async function exportPlanAction(_previous: ExportState, form: FormData): Promise<ExportState> {
  const outcome = await lockCopy(formFields(form));
  if (!outcome.ok) return refusedState(outcome);
  if (!outcome.value.ok) return turnRefused(outcome.value);
  return lockedFileState(outcome.value.value);
}

/** Replaces the plan with a saved copy; the plan as it was stays in the history. */
export async function importPlanAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  // A caller with JavaScript can send anything in place of the form.
  const fields =
    form instanceof FormData
      ? { file: form.get("file"), passphrase: form.get("passphrase"), version: form.get("version") }
      : {};
  const outcome = await bringBack(fields);
  if (!outcome.ok) return refusedState(outcome);
  const result = outcome.value;
  if ("reason" in result) return turnRefused(result);
  if ("problem" in result) {
    return result.problem === "wrong-passphrase"
      ? { fieldErrors: { passphrase: "That passphrase does not open this file." } }
      : { fieldErrors: { file: "This is not a saved plan, or the file is damaged." } };
  }
  if (!result.ok) return { formError: "Your plan changed while you were doing this. Please try again." };
  return { imported: true };
}
