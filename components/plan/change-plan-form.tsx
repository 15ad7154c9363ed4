"use client";

import { useActionState } from "react";
import type { ChangePlanState } from "@/app/journal/change-plan-action";
import { FormError } from "@/components/forms/form-error";
import type { BuiltSection } from "@/lib/plan/build-plan";
import type { ChangeSectionId } from "@/lib/plan/change-sections";
import type { ChangePlanValue } from "@/lib/plan/plan-schema";
import { SuggestionChecklist } from "./suggestion-checklist";
import { sendWithoutReset, useAutosave } from "./use-autosave";

type Props = {
  action: (previous: ChangePlanState, form: FormData) => Promise<ChangePlanState>;
  sections: BuiltSection[];
  value: ChangePlanValue;
  version: number;
};

/** The whole change plan on one page: a box per section, one line per item, and ideas to tick. */
export function ChangePlanForm({ action, sections, value, version }: Props) {
  const [state, formAction, pending] = useActionState(action, { version });
  const formRef = useAutosave(pending, (form) => void action(state, form));
  // Your own version after a clash, else what was last saved or sent; the page's value only at first.
  const shown = state.clash ?? state.value ?? value;
  return (
    <form ref={formRef} action={formAction} onSubmit={sendWithoutReset(formAction)} noValidate>
      {state.clash && state.value && (
        <section role="alert" className="mb-6 rounded-md border-2 border-exit p-4">
          <h2 className="mt-0">This plan was changed in another tab</h2>
          <p>Your version is still in the boxes below. This is what the other tab saved:</p>
          <ul>
            {sections.map((section) => (
              <li key={section.id}><strong>{section.title}:</strong> {(state.value?.items[section.id as ChangeSectionId] ?? []).join("; ") || "nothing"}</li>
            ))}
          </ul>
          <p className="mb-0">Press Save to keep your version instead.</p>
        </section>
      )}
      <FormError message={state.formError} />
      <input type="hidden" name="version" value={state.version ?? version} />
      <input type="hidden" name="autosave" value="0" />
      {sections.map((section) => {
        const id = section.id as ChangeSectionId;
        const error = state.fieldErrors?.[id];
        return (
          <section key={id} aria-labelledby={`change-${id}`} className="mb-8 border-t border-gray-200 pt-4">
            <h2 id={`change-${id}`} className="mt-0">{section.title}</h2>
            <label htmlFor={`lines-${id}`} className="mb-1 block text-muted">{section.intro} One per line.</label>
            {error && <p id={`lines-${id}-error`} className="mb-1 font-bold text-exit">{error}</p>}
            <textarea id={`lines-${id}`} name={id} rows={4} defaultValue={(shown.items[id] ?? []).join("\n")} autoComplete="off" aria-describedby={error ? `lines-${id}-error` : undefined} className="mb-4 block w-full rounded-md border-2 border-gray-500 px-3 py-2" />
            <SuggestionChecklist suggestions={section.suggestions} done={shown.done} />
          </section>
        );
      })}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-ink px-5 py-2 font-bold text-white">Save</button>
        <p role="status" className="mb-0 text-muted">{pending ? "Saving…" : state.saved ? "Saved." : ""}</p>
      </div>
    </form>
  );
}
