import "server-only";
import { lockPlanFile, readPlanFile, unlockPlanFile } from "../crypto/plan-file";
import { inPlanFileTurn } from "../crypto/plan-file-turns";
import type { SignedIn } from "../auth/sessions";
import { planOf } from "./saved-plans";
import { updatePlan } from "./update-plan";

export type { PlanFileTurn } from "../crypto/plan-file-turns";

/** A copy of the person's plan, locked under a passphrase of its own, once it is their turn. */
export async function lockedCopyOf(session: SignedIn, passphrase: string) {
  const plan = (await planOf(session)).value;
  return inPlanFileTurn(session.userId, () => lockPlanFile(plan, passphrase));
}

/** Opens a locked copy and puts it in place of the saved plan; the plan as it was stays in the history. */
export async function bringBackCopy(session: SignedIn, text: string, passphrase: string) {
  // The file's shape and cost are checked before its turn is taken and anything is derived.
  const file = readPlanFile(text);
  if (!file) return { ok: false as const, problem: "not-a-plan-file" as const };
  const opened = await inPlanFileTurn(session.userId, () => unlockPlanFile(file, passphrase));
  if (!opened.ok) return opened;
  if (!opened.value.ok) return opened.value;
  const copy = opened.value.plan;
  return updatePlan(session, { reason: "import", change: () => copy });
}
