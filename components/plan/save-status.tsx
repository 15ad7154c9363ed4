import type { PlanFormState } from "@/lib/forms/plan-form-states";
import { SIGN_IN_TO_SAVE_ID } from "./sign-in-to-save";

type Props = { pending: boolean; state: PlanFormState; signedOut: boolean };

/** Beside the Save button: what happened to the last save, in plain words. */
export function SaveStatus({ pending, state, signedOut }: Props) {
  return (
    <p role="status" className="mb-0 text-muted">
      {pending ? "Saving…" : signedOut ? <SignedOutStatus /> : savedText(state)}
    </p>
  );
}

function SignedOutStatus() {
  return (
    <>
      Not saved: you were signed out. <a href={`#${SIGN_IN_TO_SAVE_ID}`}>Sign in at the top of this form</a> to save
      what you wrote.
    </>
  );
}

function savedText(state: PlanFormState): string {
  if (!state.savedAt) return "";
  if (state.fieldErrors && Object.keys(state.fieldErrors).length > 0) return "Saved, except what is marked.";
  if (state.signedInAgain) return "Signed in again, and saved.";
  if (state.waitingToRemove) return "Saved. What you marked to remove goes when you press Save.";
  return "Saved.";
}
