"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-error";
import { fill } from "@/lib/plan/fill";
import type { FormAction, PlanFormState } from "@/lib/forms/plan-form-states";
import type { BuiltSection } from "@/lib/plan/build-plan";
import { textLimits } from "@/lib/plan/plan-limits";
import { noEntries } from "@/lib/plan/entry-kinds";
import type { PlanEntries } from "@/lib/plan/plan-schema";
import type { PlanSectionId } from "@/lib/plan/plan-sections";
import { ConflictNotice } from "./conflict-notice";
import { ErrorSummary } from "./error-summary";
import { doneFromDraft } from "./form-draft";
import { CarriedTicks } from "./carried-ticks";
import type { EntryWords } from "@/lib/plan/entry-kinds/worded-kind";
import { sectionRows } from "./section-rows";
import { SaveStatus, type SaveStatusWords } from "./save-status";
import { SignInToSave, type SignInSettings } from "./sign-in-to-save";
import { SuggestionChecklist, type ChecklistWords } from "./suggestion-checklist";
import { sendWithoutReset, useAutosave } from "./use-autosave";

type Props = {
  action: FormAction<PlanFormState>;
  sectionId: PlanSectionId;
  /** The section as built from the plan; absent when the page is drawn without a session. */
  section?: BuiltSection;
  entries?: PlanEntries;
  version?: number;
  blankId: string;
  signIn: SignInSettings;
  words: SectionFormWords;
};

/** The form's words, in the reader's language, from the server (messages plan.form). */
export type SectionFormWords = {
  notes: string;
  notesInSummary: string;
  ideasInSummary: string;
  noteLimit: string;
  save: string;
  status: SaveStatusWords;
  checklist: ChecklistWords;
  entries: EntryWords;
  carriedTicks: string;
};

/** Problems with the form as a whole, not with one field. */
const FORM_LEVEL = ["form", "version", "section"];

/** One part of the plan: the person's own entries, the suggestions, and notes. Saves itself with JavaScript. */
export function SectionForm({
  action,
  sectionId,
  section,
  entries: initialEntries,
  version,
  blankId: initialBlankId,
  signIn,
  words,
}: Props) {
  const [state, formAction, pending] = useActionState(action, {
    version,
    entries: initialEntries,
    blankId: initialBlankId,
  });
  const signedOut = state.signedOut === true || section === undefined;
  const formRef = useAutosave(pending, (form) => void action(state, form), signedOut);
  const entries = state.entries ?? initialEntries ?? noEntries();
  const errors = state.fieldErrors ?? {};
  // After a post that could not all be saved, each field shows what the person sent.
  const draft = state.draft;
  const { rows, summary } = sectionRows(sectionId, entries, state.blankId ?? initialBlankId, {
    draft,
    errors,
    unsaved: state.unsaved === true,
    words: words.entries,
  });
  const noteError = errors.note;
  if (noteError) summary.push({ href: "#section-note", text: fill(words.notesInSummary, { message: noteError }) });
  if (errors.done) summary.push({ text: fill(words.ideasInSummary, { message: errors.done }) });
  const formError = state.formError ?? FORM_LEVEL.map((key) => errors[key]).find(Boolean);
  const noteDescribed = ["section-note-hint", noteError ? "section-note-error" : ""].filter(Boolean).join(" ");
  return (
    <form ref={formRef} action={formAction} onSubmit={sendWithoutReset(formAction)} noValidate>
      {signedOut && <SignInToSave error={state.signInError} attempt={state.signInAttempt} settings={signIn} />}
      {state.conflict && <ConflictNotice differences={state.conflict.differences} words={signIn.words.conflict} />}
      <FormError message={formError} />
      <ErrorSummary lines={summary} saved={Boolean(state.savedAt)} words={signIn.words.summary} />
      <input type="hidden" name="section" value={sectionId} />
      <input type="hidden" name="version" value={state.version ?? version ?? ""} />
      <input type="hidden" name="autosave" value="0" />
      {rows}
      {section ? (
        <SuggestionChecklist
          suggestions={section.suggestions}
          done={doneFromDraft(entries.done, draft)}
          words={words.checklist}
        />
      ) : (
        <CarriedTicks draft={draft} note={words.carriedTicks} />
      )}
      <label htmlFor="section-note" className="block text-lg font-bold">
        {words.notes}
      </label>
      <p id="section-note-hint" className="mb-1 text-sm text-muted">
        {fill(words.noteLimit, { characters: textLimits.note })}
      </p>
      {noteError && (
        <p id="section-note-error" className="mb-1 font-bold text-exit">
          {noteError}
        </p>
      )}
      <textarea
        id="section-note"
        name="note"
        rows={5}
        maxLength={textLimits.note}
        defaultValue={draft ? (draft.note?.[0] ?? "") : (entries.notes[sectionId] ?? "")}
        autoComplete="off"
        aria-invalid={noteError ? true : undefined}
        aria-describedby={noteDescribed}
        className={`mb-4 block w-full rounded-md border-2 px-3 py-2 ${noteError ? "border-exit" : "border-gray-500"}`}
      />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-ink px-5 py-2 font-bold text-white">
          {words.save}
        </button>
        <SaveStatus pending={pending} state={state} signedOut={signedOut} words={words.status} />
      </div>
    </form>
  );
}
