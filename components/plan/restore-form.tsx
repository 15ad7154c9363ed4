"use client";

import { useActionState } from "react";
import { AppLink } from "@/components/app-link/app-link";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, RestoreState } from "@/lib/forms/plan-form-states";

/** The form's words in the reader's language; `done` already names when the version was saved. */
export type RestoreWords = {
  done: string;
  seePlan: string;
  or: string;
  backToHistory: string;
  sameAsNow: string;
  intro: string;
  submit: string;
};

type Props = {
  action: FormAction<RestoreState>;
  revisionId: string;
  words: RestoreWords;
  /** Whether this version is the plan as it is now, so there is nothing to bring back. */
  sameAsNow: boolean;
  planHref: string;
  historyHref: string;
};

/** Brings back one earlier version of a plan. Works as a plain form post without JavaScript. */
export function RestoreForm({ action, revisionId, words, sameAsNow, planHref, historyHref }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.restoredFrom) {
    return (
      <p role="status" className="rounded-md bg-calm p-4">
        {words.done}{" "}
        <AppLink href={planHref} className="font-bold">
          {words.seePlan}
        </AppLink>{" "}
        {words.or} <AppLink href={historyHref}>{words.backToHistory}</AppLink>.
      </p>
    );
  }
  if (sameAsNow) return <p>{words.sameAsNow}</p>;
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <p>{words.intro}</p>
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton>{words.submit}</SubmitButton>
    </form>
  );
}
