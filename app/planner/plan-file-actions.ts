"use server";

import { refusedState, type FormState } from "@/lib/auth/form-state";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { database } from "@/lib/db/database";
import { lockPlanFile, openPlanFile } from "@/lib/plan/plan-file";
import { exportFormSchema, importFormSchema } from "@/lib/plan/plan-file-schemas";
import { loadPlan, savePlan } from "@/lib/plan/plan-store";

export type ExportState = FormState & { file?: string; fileName?: string };
export type ImportState = FormState & { imported?: boolean };

const lockCopy = guardedAction({
  session: "required",
  input: exportFormSchema,
  owns: () => true,
  run: async (session, input) => lockPlanFile((await loadPlan(database(), session)).value, input.passphrase),
});

const bringBack = guardedAction({
  session: "required",
  input: importFormSchema,
  owns: () => true,
  run: async (session, input) => {
    const opened = await openPlanFile(await input.file.text(), input.passphrase);
    if (!opened.ok) return opened;
    const db = database();
    const current = await loadPlan(db, session);
    return savePlan(db, session, opened.plan, current.version, "import");
  },
});

/** A locked copy of the plan, handed back as a download link that works without JavaScript. */
export async function exportPlanAction(_previous: ExportState, form: FormData): Promise<ExportState> {
  const outcome = await lockCopy(formFields(form));
  if (!outcome.ok) return refusedState(outcome);
  const fileName = `copy-${new Date().toISOString().slice(0, 10)}.json`;
  return { file: `data:application/octet-stream;base64,${Buffer.from(outcome.value).toString("base64")}`, fileName };
}

/** Replaces the plan with a saved copy; the plan as it was stays in the history. */
export async function importPlanAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  // A caller with JavaScript can send anything in place of the form.
  const fields = form instanceof FormData ? { file: form.get("file"), passphrase: form.get("passphrase"), version: form.get("version") } : {};
  const outcome = await bringBack(fields);
  if (!outcome.ok) return refusedState(outcome);
  const result = outcome.value;
  if ("problem" in result) {
    return result.problem === "wrong-passphrase"
      ? { fieldErrors: { passphrase: "That passphrase does not open this file." } }
      : { fieldErrors: { file: "This is not a saved plan, or the file is damaged." } };
  }
  if (!result.ok) return { formError: "Your plan changed while you were doing this. Please try again." };
  return { imported: true };
}
