import type { FormState } from "../auth/form-state";
import type { PlanFileTurn } from "../crypto/plan-file-turns";
import type { ExportState, ImportState } from "./plan-form-states";

// What the locked-copy forms of both plans answer with, shared by their actions.

/** Why a turn was refused, in words; the person's choices are kept. */
export function turnRefused(turn: Exclude<PlanFileTurn, { ok: true }>): FormState {
  if (turn.reason === "already-running")
    return {
      formError: "A copy is already being locked or opened for you. Please wait for it to finish, then try again.",
    };
  if (turn.reason === "server-busy")
    return { formError: "The server is busy right now. Please try again in a minute." };
  const wait = turn.minutes === 1 ? "a minute" : `${turn.minutes} minutes`;
  return { formError: `You have locked or opened several copies in a short time. Please try again in ${wait}.` };
}

/** A locked copy as a download link that works without JavaScript, named for the day it was made. */
export function lockedFileState(file: string, now = new Date()): ExportState {
  return {
    file: `data:application/octet-stream;base64,${Buffer.from(file).toString("base64")}`,
    fileName: `copy-${now.toISOString().slice(0, 10)}.json`,
  };
}

/** Why a copy did not open, beside the field to look at again. */
export function unopenedState(problem: "not-a-plan-file" | "wrong-passphrase" | "other-kind"): ImportState {
  if (problem === "wrong-passphrase")
    return { fieldErrors: { passphrase: "That passphrase does not open this file." } };
  if (problem === "other-kind")
    return { fieldErrors: { file: "This is a copy of the other kind of plan. Open it from that plan's page." } };
  return { fieldErrors: { file: "This is not a saved plan, or the file is damaged." } };
}
