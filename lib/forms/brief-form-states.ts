import type { BriefContent } from "../helper-briefs/brief-content";
import type { BriefFormValues } from "./brief-form";

/** A brief just made: shown once, in the answer to the post that made it, and never stored in the clear. */
export type MadeBriefState = { url: string; code: string; endsOn: string };

/** What the brief form shows after a post; every message is already in the reader's words. */
export type BriefFormState = {
  values?: BriefFormValues;
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** The brief exactly as it would be made from these choices, for the preview. */
  preview?: BriefContent;
  made?: MadeBriefState;
};
