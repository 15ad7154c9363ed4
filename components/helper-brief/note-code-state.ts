import type { BriefContent } from "@/lib/helper-briefs/brief-content";

/** Message keys (helperNote) for the code field. */
export type NoteCodeError = "codeRequired" | "codeTooLong";

/**
 * What the code form's post answers. "ended" stands for every failure alike (wrong, revoked,
 * expired, guessed, or too many tries), so the answer says nothing about which it was.
 */
export type NoteCodeState =
  | { status: "form"; error?: NoteCodeError; unavailable?: true }
  | { status: "ended" }
  | { status: "open"; content: BriefContent };

/** The longest code field the server reads: 16 characters and their dashes or spaces, with room to spare. */
export const NOTE_CODE_MAX_LENGTH = 40;
