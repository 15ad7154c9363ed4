"use client";

import { useActionState } from "react";
import type { PlanFormState } from "@/app/planner/plan-actions";
import { FormError } from "@/components/forms/form-error";
import type { BuiltSection } from "@/lib/plan/build-plan";
import type { PlanEntries } from "@/lib/plan/plan-schema";
import type { PlanSectionId } from "@/lib/plan/plan-sections";
import { ConflictNotice } from "./conflict-notice";
import { SafePlaceRow, TrustedPersonRow, WorkplaceContactRow } from "./entry-rows";
import { doneFromDraft, rowFromDraft } from "./form-draft";
import { SuggestionChecklist } from "./suggestion-checklist";
import { sendWithoutReset, useAutosave } from "./use-autosave";

type Props = {
  action: (previous: PlanFormState, form: FormData) => Promise<PlanFormState>;
  section: BuiltSection & { id: PlanSectionId };
  entries: PlanEntries;
  version: number;
  blankId: string;
};

/** One part of the plan: the person's own entries, the suggestions, and notes. Saves itself with JavaScript. */
export function SectionForm({ action, section, entries: initialEntries, version, blankId: initialBlankId }: Props) {
  const [state, formAction, pending] = useActionState(action, { version, entries: initialEntries, blankId: initialBlankId });
  const formRef = useAutosave(pending, (form) => void action(state, form));
  const entries = state.entries ?? initialEntries;
  const blankId = state.blankId ?? initialBlankId;
  const errors = state.fieldErrors ?? {};
  // After errors, each field shows what the person sent, not what was saved before.
  const draft = state.draft;
  const removing = (prefix: string, index: number) => draft?.[`${prefix}.${index}.remove`] !== undefined;
  return (
    <form ref={formRef} action={formAction} onSubmit={sendWithoutReset(formAction)} noValidate>
      {state.conflict && <ConflictNotice saved={state.conflict.saved} mine={state.conflict.mine} />}
      <FormError message={state.formError ?? (Object.keys(errors).length ? "Some things could not be saved yet. See the notes below." : undefined)} />
      <input type="hidden" name="section" value={section.id} />
      <input type="hidden" name="version" value={state.version ?? version} />
      <input type="hidden" name="autosave" value="0" />
      {section.id === "trusted-people" &&
        [...entries.trustedPeople, { id: blankId, name: "", reach: "", canHelpWith: [], otherHelp: "", codeWord: "", knowsAboutPlan: false }].map((item, index) => (
          <TrustedPersonRow key={item.id} index={index} item={rowFromDraft(item, `trustedPeople.${index}`, draft)} isNew={item.id === blankId} removing={removing("trustedPeople", index)} errors={errors} />
        ))}
      {section.id === "safe-places" &&
        [...entries.safePlaces, { id: blankId, place: "", howToGetThere: "", keptThere: "" }].map((item, index) => (
          <SafePlaceRow key={item.id} index={index} item={rowFromDraft(item, `safePlaces.${index}`, draft)} isNew={item.id === blankId} removing={removing("safePlaces", index)} errors={errors} />
        ))}
      {section.id === "work-school" &&
        [...entries.workplaceContacts, { id: blankId, role: "" as const, name: "", willDo: [], otherHelp: "" }].map((item, index) => (
          <WorkplaceContactRow key={item.id} index={index} item={rowFromDraft(item, `workplaceContacts.${index}`, draft)} isNew={item.id === blankId} removing={removing("workplaceContacts", index)} errors={errors} />
        ))}
      <SuggestionChecklist suggestions={section.suggestions} done={doneFromDraft(entries.done, draft)} />
      <label htmlFor="section-note" className="mb-1 block text-lg font-bold">Your notes</label>
      {errors.note && <p id="section-note-error" className="mb-1 font-bold text-exit">{errors.note}</p>}
      <textarea id="section-note" name="note" rows={5} defaultValue={draft ? (draft.note?.[0] ?? "") : (entries.notes[section.id] ?? "")} autoComplete="off" aria-describedby={errors.note ? "section-note-error" : undefined} className="mb-4 block w-full rounded-md border-2 border-gray-500 px-3 py-2" />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-ink px-5 py-2 font-bold text-white">Save</button>
        <p role="status" className="mb-0 text-muted">{pending ? "Saving…" : state.savedAt ? "Saved." : ""}</p>
      </div>
    </form>
  );
}
