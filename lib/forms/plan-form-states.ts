import type { FormState } from "../auth/form-state";
import type { ChangeAnswers } from "../plan/change-answers";
import type { Circumstances } from "../plan/circumstances";
import type { BuiltPlan } from "../plan/build-plan";
import type { ChangePlanValue, PlanEntries, PlanValue } from "../plan/plan-schema";
import type { PrintChoices } from "../plan/print-choices";

/** What the person sent in a form that could not be saved, by field name, to show it again. */
export type FormDraft = Record<string, string[]>;

/** The session had ended: the form offers to sign in and save what is in it. */
type SignInToSaveState = {
  signedOut?: boolean;
  /** Why signing in from the form did not work (the same words as the sign-in page), and which try it was. */
  signInError?: string;
  signInAttempt?: string;
  /** Signed in again from the form itself, and saved. */
  signedInAgain?: boolean;
};

/** Two versions of a plan that clashed, and what is different between them, in the reader's words. */
export type PlanConflict = { saved: PlanValue; mine: PlanValue; differences: string[] };

/** What a plan form (the answers, or one section) shows after a post. */
export type PlanFormState = FormState &
  SignInToSaveState & {
    version?: number;
    savedAt?: string;
    /** Another tab or device saved first. Both versions are shown; the person's own is kept as a snapshot. */
    conflict?: PlanConflict;
    /** What is now saved (or, after a clash, the person's own version), to redraw the form from. */
    entries?: PlanValue["entries"];
    /** A fresh id for the empty "add another" row. */
    blankId?: string;
    /** What the person sent, when some or all of it could not be saved: the form shows their words again, with the errors. */
    draft?: FormDraft;
    /** Nothing was saved (signed out, refused, or the database away): every row shows what was sent. */
    unsaved?: boolean;
    /** Rows marked to remove that an autosave kept: only the Save button removes. */
    waitingToRemove?: number;
    /** The answers as sent, when they could not be saved. */
    answers?: Circumstances;
  };

export type ChangePlanState = FormState &
  SignInToSaveState & {
    version?: number;
    saved?: boolean;
    value?: ChangePlanValue;
    clash?: ChangePlanValue;
  };

/** The print page: the choices as last sent, and the plan as it goes on paper once asked for. */
export type PrintState = FormState & { choices?: PrintChoices; printed?: BuiltPlan<PlanEntries> };

/** The review date form: the date as typed, when it could not be saved. */
export type ReviewByState = FormState & { reviewBy?: string };

/** The change plan's questions after a post that could not be saved: the answers as sent. */
export type ChangeAnswersState = FormState & SignInToSaveState & { answers?: ChangeAnswers; version?: number };

export type ExportState = FormState & { file?: string; fileName?: string };
/**
 * Bringing back a copy: first opened and shown (`preview`: what it would change, and the copy
 * sealed for this session, which the confirm form sends back), then `imported` once confirmed.
 */
export type ImportState = FormState & {
  imported?: boolean;
  preview?: { changes: string[]; same: boolean; token: string };
  /** The plan changed since the copy was opened: the preview was made again against it. */
  changedSince?: boolean;
};
/** After bringing back an earlier version: when that version had been saved. */
export type RestoreState = FormState & { restoredFrom?: string };

/** An action a form posts to with `useActionState`. */
export type FormAction<State> = (previous: State, form: FormData) => Promise<State>;
