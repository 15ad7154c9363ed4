"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { refusedState } from "@/lib/auth/form-state";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import type { RestoreState } from "@/lib/forms/plan-form-states";
import { restoreRevision } from "@/lib/plan-store/restore-revision";
import { revisionOf } from "@/lib/plan-store/saved-plans";

const NOT_FOUND = "That version of your plan could not be found. Nothing was changed.";

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
  if (!outcome.ok) {
    return outcome.reason === "forbidden" || outcome.reason === "invalid"
      ? { formError: NOT_FOUND }
      : refusedState(outcome);
  }
  if (!outcome.value.ok) {
    return outcome.value.problem === "not-found"
      ? { formError: NOT_FOUND }
      : { formError: "Your plan was saved somewhere else at the same moment. Nothing was replaced. Please try again." };
  }
  revalidatePath("/planner", "layout");
  return { restoredFrom: outcome.value.restoredFrom };
}
