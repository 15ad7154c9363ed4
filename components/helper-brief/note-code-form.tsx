"use client";

import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction } from "@/lib/forms/plan-form-states";
import type { BriefWords } from "./brief-blocks";
import { BriefView } from "./brief-view";
import { NoteEnded, noteClasses } from "./note-ended";
import { NOTE_CODE_MAX_LENGTH, type NoteCodeError, type NoteCodeState } from "./note-code-state";

export type NoteCodeWords = {
  heading: string;
  label: string;
  hint: string;
  open: string;
  endedHeading: string;
  ended: string;
  unavailable: string;
  after: string[];
  errors: Record<NoteCodeError, string>;
};

/**
 * The way in without JavaScript, or for a helper given the code in person: the server opens the
 * note and the answer to the post draws it, as the link's script would.
 */
export function NoteCodeForm({
  id,
  action,
  words,
  briefWords,
}: {
  id: string;
  action: FormAction<NoteCodeState>;
  words: NoteCodeWords;
  briefWords: BriefWords;
}) {
  const [state, formAction] = useActionState(action, { status: "form" });
  if (state.status === "open")
    return (
      <div id={id}>
        <BriefView content={state.content} words={briefWords} />
        {words.after.map((line) => (
          <p key={line} className={noteClasses.note}>
            {line}
          </p>
        ))}
      </div>
    );
  const error = state.status === "form" && state.error ? words.errors[state.error] : undefined;
  return (
    <div id={id}>
      {state.status === "ended" && <NoteEnded heading={words.endedHeading} text={words.ended} />}
      {state.status === "form" && state.unavailable && (
        <p role="alert" className={noteClasses.status}>
          {words.unavailable}
        </p>
      )}
      <form action={formAction} className="mt-6">
        <h2 className={noteClasses.endedHeading}>{words.heading}</h2>
        <FormField name="code" label={words.label} hint={words.hint} error={error} maxLength={NOTE_CODE_MAX_LENGTH} />
        <SubmitButton>{words.open}</SubmitButton>
      </form>
    </div>
  );
}
