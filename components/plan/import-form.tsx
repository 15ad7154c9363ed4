"use client";

import { useActionState } from "react";
import { AppLink } from "@/components/app-link/app-link";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, ImportState } from "@/lib/forms/plan-form-states";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";
import { ImportPreview } from "./import-preview";

/** `planHref` and `historyHref`: the plan the copy goes back into and its history (the safety plan's unless said). */
type Props = {
  action: FormAction<ImportState>;
  planHref?: string;
  historyHref?: string;
  /** "Bring back my plan" where the action replaces the plan at once (the change plan's). */
  submitLabel?: string;
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
  submitLabel = "Open the copy",
}: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.imported) {
    return (
      <p role="status" className="rounded-md bg-calm p-4">
        Your plan is back. The plan you had before is kept in your history.{" "}
        <AppLink href={planHref} className="font-bold">
          See your plan
        </AppLink>{" "}
        or <AppLink href={historyHref}>see the history</AppLink>.
      </p>
    );
  }
  if (state.preview)
    return <ImportPreview preview={state.preview} changedSince={state.changedSince} action={formAction} />;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <input type="hidden" name="step" value="open" />
      <div className="mb-5">
        <label htmlFor="field-file" className="mb-1 block font-bold">
          The file you saved
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
      <FormField
        name="passphrase"
        label="The passphrase you chose for this file"
        type="password"
        error={errors.passphrase}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
