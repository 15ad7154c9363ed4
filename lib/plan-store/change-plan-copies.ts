import "server-only";
import { lockChangePlanFile, readPlanFile, unlockChangePlanFile } from "../crypto/plan-file";
import { inPlanFileTurn } from "../crypto/plan-file-turns";
import type { SignedIn } from "../auth/sessions";
import { updateChangePlan } from "./change-plan-store";
import { changePlanOf } from "./saved-plans";

/** A copy of the person's change plan, locked under a passphrase of its own, once it is their turn. */
export async function lockedChangePlanCopyOf(session: SignedIn, passphrase: string) {
  const plan = (await changePlanOf(session)).value;
  return inPlanFileTurn(session.userId, () => lockChangePlanFile(plan, passphrase));
}

/** Opens a locked copy and puts it in place of the change plan; the plan as it was stays in the history. */
export async function bringBackChangePlanCopy(session: SignedIn, text: string, passphrase: string) {
  // The file's shape and cost are checked before its turn is taken and anything is derived.
  const file = readPlanFile(text);
  if (!file) return { ok: false as const, problem: "not-a-plan-file" as const };
  const opened = await inPlanFileTurn(session.userId, () => unlockChangePlanFile(file, passphrase));
  if (!opened.ok || !opened.value.ok) return opened.ok ? opened.value : opened;
  const copy = opened.value.plan;
  return (await updateChangePlan(session, { reason: "import", keepCurrentAs: "before-import", change: () => copy }))
    .result;
}
