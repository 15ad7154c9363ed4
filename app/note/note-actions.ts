"use server";

import { headers } from "next/headers";
import { z } from "zod";
import type { NoteCodeState } from "@/components/helper-brief/note-code-state";
import { NOTE_CODE_MAX_LENGTH } from "@/components/helper-brief/note-code-state";
import { guardedAction } from "@/lib/auth/guarded-action";
import { clientKeyFrom } from "@/lib/auth/client-key";
import { formFields } from "@/lib/auth/guarded";
import { openBriefByCode } from "@/lib/brief-store/brief-store";

const codeForm = z.object({
  code: z.string().trim().min(1, "codeRequired").max(NOTE_CODE_MAX_LENGTH, "codeTooLong"),
});

const openByCode = guardedAction({
  // The helper has no account: the code is the only thing that opens the note.
  session: "none",
  input: codeForm,
  owns: () => true,
  run: async (_session, { code }) => openBriefByCode(code, clientKeyFrom(await headers())),
});

/** Opens a note from the code typed; every failure answers the same "ended". */
export async function openNoteAction(_previous: NoteCodeState, form: FormData): Promise<NoteCodeState> {
  const outcome = await openByCode(formFields(form));
  if (outcome.ok) return outcome.value.ok ? { status: "open", content: outcome.value.content } : { status: "ended" };
  if (outcome.reason === "invalid") {
    const error = outcome.fieldErrors.code === "codeTooLong" ? "codeTooLong" : "codeRequired";
    return { status: "form", error };
  }
  return { status: "form", unavailable: true };
}
