"use client";

import { useActionState } from "react";
import { AppLink } from "@/components/app-link/app-link";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, ImportState } from "@/lib/forms/plan-form-states";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";
import { ImportPreview, type ImportPreviewWords } from "./import-preview";

/** The form's words in the reader's language, from the page (messages planFiles.import and .preview). */
export type ImportFormWords = {
  imported: string;
  seePlan: string;
  or: string;
  seeHistory: string;
  file: string;
  passphrase: string;
  /** The button: "Open the copy", or "Bring back my plan" where the action replaces the plan at once. */
  submit: string;
  preview: ImportPreviewWords;
};

/** `planHref` and `historyHref`: the plan the copy goes back into and its history (the safety plan's unless said). */
type Props = {
  action: FormAction<ImportState>;
  planHref?: string;
  historyHref?: string;
  words: ImportFormWords;
};

/**
 * Opens a locked copy and puts it back. An action that answers with a preview (the safety plan's) shows
 * what the copy would change and replaces only once the person confirms; one action answers both steps,
 * so the page always shows the latest one, with or without JavaScript.
 */
export function ImportForm({
  action,
  planHref = siteRoutes.makeAPlan.href,
  historyHref = planRoutes.history,
  words,
}: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.imported) {
    return (
      <p role="status" className="rounded-md bg-calm p-4">
        {words.imported}{" "}
        <AppLink href={planHref} className="font-bold">
          {words.seePlan}
        </AppLink>{" "}
        {words.or} <AppLink href={historyHref}>{words.seeHistory}</AppLink>.
      </p>
    );
  }
  if (state.preview)
    return (
      <ImportPreview
        preview={state.preview}
        changedSince={state.changedSince}
        action={formAction}
        words={words.preview}
      />
    );
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <input type="hidden" name="step" value="open" />
      <div className="mb-5">
        <label htmlFor="field-file" className="mb-1 block font-bold">
          {words.file}
        </label>
        {errors.file && (
          <p id="field-file-error" className="mb-1 font-bold text-exit">
            {errors.file}
          </p>
        )}
        <input
          id="field-file"
          type="file"
          name="file"
          accept=".json,application/json,application/octet-stream"
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={errors.file ? "field-file-error" : undefined}
          className="block"
        />
      </div>
      <FormField name="passphrase" label={words.passphrase} type="password" error={errors.passphrase} />
      <SubmitButton>{words.submit}</SubmitButton>
    </form>
  );
}
