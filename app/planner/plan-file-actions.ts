"use server";

import { getLocale } from "next-intl/server";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { confirmImportSchema, exportFormSchema, importFormSchema } from "@/lib/forms/plan-file-schemas";
import { planFileRefusal, planFileWords } from "@/lib/forms/plan-file-refusal";
import { lockedFileState, turnRefused, unopenedState } from "@/lib/forms/plan-file-states";
import type { ExportState, ImportState } from "@/lib/forms/plan-form-states";
import { bringBackCopy, lockedCopyOf, previewCopy } from "@/lib/plan-store/plan-copies";

// Each acts only on the signed-in person's own plan, and a sealed copy opens only in the session it was made for.
const lockCopy = guardedAction({
  session: "required",
  input: exportFormSchema,
  owns: () => true,
  run: (session, input) => lockedCopyOf(session, input.passphrase),
});

const openCopy = guardedAction({
  session: "required",
  input: importFormSchema,
  owns: () => true,
  run: async (session, input) =>
    previewCopy(session, await input.file.text(), input.passphrase, undefined, await getLocale()),
});

const confirmCopy = guardedAction({
  session: "required",
  input: confirmImportSchema,
  owns: () => true,
  run: async (session, input) => bringBackCopy(session, input.preview, undefined, await getLocale()),
});

/** A locked copy of the plan, handed back as a download link that works without JavaScript. */
export async function exportPlanAction(_previous: ExportState, form: FormData): Promise<ExportState> {
  const outcome = await lockCopy(formFields(form));
  if (!outcome.ok) return planFileRefusal(outcome);
  if (!outcome.value.ok) return turnRefused(outcome.value, await planFileWords());
  return lockedFileState(outcome.value.value);
}

/** Opens a saved copy and shows what it would change ("step" open), or replaces the plan with it ("step" confirm). */
export async function importPlanAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  return form instanceof FormData && form.get("step") === "confirm" ? confirmStep(form) : openStep(form);
}

async function openStep(form: FormData): Promise<ImportState> {
  // A caller with JavaScript can send anything in place of the form.
  const fields = form instanceof FormData ? { file: form.get("file"), passphrase: form.get("passphrase") } : {};
  const outcome = await openCopy(fields);
  if (!outcome.ok) return planFileRefusal(outcome);
  const result = outcome.value;
  if ("reason" in result) return turnRefused(result, await planFileWords());
  if (!result.ok) return unopenedState(result.problem, await planFileWords());
  return { preview: result.preview };
}

async function confirmStep(form: FormData): Promise<ImportState> {
  const outcome = await confirmCopy(formFields(form));
  if (!outcome.ok && outcome.reason !== "invalid") return planFileRefusal(outcome);
  const result = outcome.ok ? outcome.value : undefined;
  if (result?.ok) return { imported: true };
  if (result?.problem === "changed") return { preview: result.preview, changedSince: true };
  // Opened too long ago, in another session, or not a copy this site sealed: nothing was replaced.
  return { formError: (await planFileWords())("noLongerOpen") };
}
