"use client";

import { useActionState } from "react";
import { AppLink } from "@/components/app-link/app-link";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, RestoreState } from "@/lib/forms/plan-form-states";

type Props = {
  action: FormAction<RestoreState>;
  revisionId: string;
  /** When this version was saved, as the person reads it. */
  when: string;
  /** Whether this version is the plan as it is now, so there is nothing to bring back. */
  sameAsNow: boolean;
  planHref: string;
  historyHref: string;
};

/** Brings back one earlier version of a plan. Works as a plain form post without JavaScript. */
export function RestoreForm({ action, revisionId, when, sameAsNow, planHref, historyHref }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (state.restoredFrom) {
    return (
      <p role="status" className="rounded-md bg-calm p-4">
        The version from {when} is your plan again. The plan you had just before is kept in your history, and you can
        bring it back the same way.{" "}
        <AppLink href={planHref} className="font-bold">
          See your plan
        </AppLink>{" "}
        or <AppLink href={historyHref}>go back to the history</AppLink>.
      </p>
    );
  }
  if (sameAsNow) return <p>This version is the same as your plan now, so there is nothing to bring back.</p>;
  return (
    <form action={formAction} noValidate>
      <FormError message={state.formError} />
      <p>
        Your plan becomes this version again. The plan you have now is kept in your history first, so you can go back to
        it.
      </p>
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton>Bring back this version</SubmitButton>
    </form>
  );
}
