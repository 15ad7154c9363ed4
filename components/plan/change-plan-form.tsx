"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-error";
import { fill } from "@/lib/plan/fill";
import type { ChangePlanState, FormAction } from "@/lib/forms/plan-form-states";
import type { BuiltSection } from "@/lib/plan/build-plan";
import type { ChangeSectionId } from "@/lib/plan/change-sections";
import { CHANGE_BOX_MAX_LENGTH, MAX_CHANGE_LINES, textLimits } from "@/lib/plan/plan-limits";
import type { ChangePlanValue } from "@/lib/plan/plan-schema";
import { ErrorSummary } from "./error-summary";
import { SignInToSave, SIGN_IN_TO_SAVE_ID, type SignInSettings } from "./sign-in-to-save";
import { SuggestionChecklist, type ChecklistWords } from "./suggestion-checklist";
import { sendWithoutReset, useAutosave } from "./use-autosave";

type Props = {
  action: FormAction<ChangePlanState>;
  sections: BuiltSection[];
  /** The saved plan and version; absent when the page is drawn without a session. */
  value?: ChangePlanValue;
  version?: number;
  signIn: SignInSettings;
  words: ChangePlanFormWords;
};

/** The form's words, in the reader's language, from the server (messages changePlan.form). */
export type ChangePlanFormWords = {
  saving: string;
  signedOutBefore: string;
  signedOutLink: string;
  signedOutAfter: string;
  savedExcept: string;
  signedInAgain: string;
  saved: string;
  clashHeading: string;
  clashIntro: string;
  nothing: string;
  clashKeep: string;
  onePerLine: string;
  limits: string;
  save: string;
  checklist: ChecklistWords;
};

const empty: ChangePlanValue = { items: {}, done: {} };

function statusText(pending: boolean, state: ChangePlanState, signedOut: boolean, words: ChangePlanFormWords) {
  if (pending) return words.saving;
  if (signedOut)
    return (
      <>
        {words.signedOutBefore}
        <a href={`#${SIGN_IN_TO_SAVE_ID}`}>{words.signedOutLink}</a>
        {words.signedOutAfter}
      </>
    );
  if (!state.saved) return "";
  if (state.fieldErrors && Object.keys(state.fieldErrors).length > 0) return words.savedExcept;
  return state.signedInAgain ? words.signedInAgain : words.saved;
}

/** The whole change plan on one page: a box per section, one line per item, and ideas to tick. */
export function ChangePlanForm({ action, sections, value, version, signIn, words }: Props) {
  const [state, formAction, pending] = useActionState(action, { version });
  const signedOut = state.signedOut === true || value === undefined;
  const formRef = useAutosave(pending, (form) => void action(state, form), signedOut);
  // Your own version after a clash, else what was last saved or sent; the page's value only at first.
  const shown = state.clash ?? state.value ?? value ?? empty;
  const errors = state.fieldErrors ?? {};
  const summary = sections.flatMap((section) =>
    errors[section.id] ? [{ href: `#lines-${section.id}`, text: `${section.title}: ${errors[section.id]}` }] : [],
  );
  if (errors.done) summary.push({ href: "", text: errors.done });
  return (
    <form ref={formRef} action={formAction} onSubmit={sendWithoutReset(formAction)} noValidate>
      {signedOut && <SignInToSave error={state.signInError} attempt={state.signInAttempt} settings={signIn} />}
      {state.clash && state.value && (
        <section role="alert" className="mb-6 rounded-md border-2 border-exit p-4">
          <h2 className="mt-0">{words.clashHeading}</h2>
          <p>{words.clashIntro}</p>
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <strong>{section.title}:</strong>{" "}
                {(state.value?.items[section.id as ChangeSectionId] ?? []).join("; ") || words.nothing}
              </li>
            ))}
          </ul>
          <p className="mb-0">{words.clashKeep}</p>
        </section>
      )}
      <FormError message={state.formError ?? errors.form ?? errors.version} />
      <ErrorSummary
        lines={summary.map((line) => ({ ...line, href: line.href || undefined }))}
        saved={Boolean(state.saved)}
        words={signIn.words.summary}
      />
      <input type="hidden" name="version" value={state.version ?? version ?? ""} />
      <input type="hidden" name="autosave" value="0" />
      {sections.map((section) => {
        const id = section.id as ChangeSectionId;
        const error = errors[id];
        const described = [`lines-${id}-hint`, error ? `lines-${id}-error` : ""].filter(Boolean).join(" ");
        return (
          <section key={id} aria-labelledby={`change-${id}`} className="mb-8 border-t border-gray-200 pt-4">
            <h2 id={`change-${id}`} className="mt-0">
              {section.title}
            </h2>
            <label htmlFor={`lines-${id}`} className="block text-muted">
              {section.intro} {words.onePerLine}
            </label>
            <p id={`lines-${id}-hint`} className="mb-1 text-sm text-muted">
              {fill(words.limits, { lines: MAX_CHANGE_LINES, characters: textLimits.changeLine })}
            </p>
            {error && (
              <p id={`lines-${id}-error`} className="mb-1 font-bold text-exit">
                {error}
              </p>
            )}
            <textarea
              id={`lines-${id}`}
              name={id}
              rows={4}
              maxLength={CHANGE_BOX_MAX_LENGTH}
              defaultValue={(shown.items[id] ?? []).join("\n")}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={described}
              className={`mb-4 block w-full rounded-md border-2 px-3 py-2 ${error ? "border-exit" : "border-gray-500"}`}
            />
            <SuggestionChecklist suggestions={section.suggestions} done={shown.done} words={words.checklist} />
          </section>
        );
      })}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-ink px-5 py-2 font-bold text-white">
          {words.save}
        </button>
        <p role="status" className="mb-0 text-muted">
          {statusText(pending, state, signedOut, words)}
        </p>
      </div>
    </form>
  );
}
