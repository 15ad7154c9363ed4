import type { PlanFormState } from "@/lib/forms/plan-form-states";
import { SIGN_IN_TO_SAVE_ID } from "./sign-in-to-save";

/** The status line's words, in the reader's language, from the server. */
export type SaveStatusWords = {
  saving: string;
  signedOutBefore: string;
  signedOutLink: string;
  signedOutAfter: string;
  savedExcept: string;
  signedInAgain: string;
  waitingToRemove: string;
  saved: string;
};

type Props = { pending: boolean; state: PlanFormState; signedOut: boolean; words: SaveStatusWords };

/** Beside the Save button: what happened to the last save, in plain words. */
export function SaveStatus({ pending, state, signedOut, words }: Props) {
  return (
    <p role="status" className="mb-0 text-muted">
      {pending ? words.saving : signedOut ? <SignedOutStatus words={words} /> : savedText(state, words)}
    </p>
  );
}

function SignedOutStatus({ words }: { words: SaveStatusWords }) {
  return (
    <>
      {words.signedOutBefore}
      <a href={`#${SIGN_IN_TO_SAVE_ID}`}>{words.signedOutLink}</a>
      {words.signedOutAfter}
    </>
  );
}

function savedText(state: PlanFormState, words: SaveStatusWords): string {
  if (!state.savedAt) return "";
  if (state.fieldErrors && Object.keys(state.fieldErrors).length > 0) return words.savedExcept;
  if (state.signedInAgain) return words.signedInAgain;
  if (state.waitingToRemove) return words.waitingToRemove;
  return words.saved;
}
