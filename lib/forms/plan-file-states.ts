import type { FormState } from "../auth/form-state";
import type { PlanFileTurn } from "../crypto/plan-file-turns";
import type english from "../../messages/en/planFiles.json";
import type { ExportState, ImportState } from "./plan-form-states";

// What the locked-copy forms of both plans answer with, shared by their actions.

export type PlanFileRefusal = keyof (typeof english)["refusals"];
/** A refusal's words in the reader's language (planFileWords reads them). */
export type SayRefusal = (key: PlanFileRefusal, values?: { minutes: number }) => string;

/** Why a turn was refused, in words; the person's choices are kept. */
export function turnRefused(turn: Exclude<PlanFileTurn, { ok: true }>, say: SayRefusal): FormState {
  if (turn.reason === "already-running") return { formError: say("alreadyRunning") };
  if (turn.reason === "server-busy") return { formError: say("serverBusy") };
  return { formError: say("tooMany", { minutes: turn.minutes }) };
}

/** A locked copy as a download link that works without JavaScript, named for the day it was made. */
export function lockedFileState(file: string, now = new Date()): ExportState {
  return {
    file: `data:application/octet-stream;base64,${Buffer.from(file).toString("base64")}`,
    fileName: `copy-${now.toISOString().slice(0, 10)}.json`,
  };
}

/** Why a copy did not open, beside the field to look at again. */
export function unopenedState(
  problem: "not-a-plan-file" | "wrong-passphrase" | "other-kind",
  say: SayRefusal,
): ImportState {
  if (problem === "wrong-passphrase") return { fieldErrors: { passphrase: say("wrongPassphrase") } };
  if (problem === "other-kind") return { fieldErrors: { file: say("otherKind") } };
  return { fieldErrors: { file: say("notAPlanFile") } };
}
