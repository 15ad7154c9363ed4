"use client";

import { useActionState } from "react";
import { AppLink } from "@/components/app-link/app-link";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, ImportState } from "@/lib/forms/plan-form-states";
import { siteRoutes } from "@/lib/site/site-routes";

/** `planHref`: the plan the copy goes back into (the safety plan unless said). */
type Props = { action: FormAction<ImportState>; version: number; planHref?: string };

export function ImportForm({ action, version, planHref = siteRoutes.makeAPlan.href }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.imported) {
    return (
      <p role="status" className="rounded-md bg-calm p-4">
        Your plan is back. The plan you had before is kept in your history.{" "}
        <AppLink href={planHref} className="font-bold">
          See your plan
        </AppLink>
      </p>
    );
  }
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <input type="hidden" name="version" value={version} />
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
      <SubmitButton>Bring back my plan</SubmitButton>
    </form>
  );
}
