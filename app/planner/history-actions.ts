"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import type { RestoreState } from "@/lib/forms/plan-form-states";
import { restoreRevision } from "@/lib/plan-store/restore-revision";
import { revisionOf } from "@/lib/plan-store/saved-plans";

const restore = guardedAction({
  session: "required",
  input: z.object({ revisionId: z.uuid() }),
  // The store finds only the person's own snapshots: another person's id is as missing as a made-up one.
  owns: async (session, input) => (await revisionOf(session, input.revisionId)) !== undefined,
  run: (session, input) => restoreRevision(session, input.revisionId),
});

/** Brings back an earlier version; the plan as it was is kept in the history first. */
export async function restoreRevisionAction(_previous: RestoreState, form: FormData): Promise<RestoreState> {
  const outcome = await restore(formFields(form));
  const t = await getTranslations("planHistory.restore");
  if (!outcome.ok) {
    if (outcome.reason === "forbidden" || outcome.reason === "invalid") return { formError: t("notFound") };
    const refusals = await getTranslations("account.refusals");
    return { formError: refusals(outcome.reason === "signed-out" ? "signedOut" : "unavailable") };
  }
  if (!outcome.value.ok) {
    return { formError: outcome.value.problem === "not-found" ? t("notFound") : t("clashed") };
  }
  revalidatePath("/planner", "layout");
  return { restoredFrom: outcome.value.restoredFrom };
}
