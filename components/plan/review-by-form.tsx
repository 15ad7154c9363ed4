"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormError } from "@/components/forms/form-error";
import type { FormAction, ReviewByState } from "@/lib/forms/plan-form-states";

type Props = {
  action: FormAction<ReviewByState>;
  reviewBy?: string;
  version: number;
  /** In the reader's language, from the server: the form's own words. */
  words: { label: string; submit: string };
};

/** The browser's own calendar day, which is the person's. */
const localToday = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/**
 * The date the person wants to look at their plan again; shown after sign-in once it is due. A date
 * that has passed comes back with its message beside the field. With JavaScript the form also sends
 * the browser's date, so "today" is the person's today wherever they are.
 */
export function ReviewByForm({ action, reviewBy, version, words }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const today = useRef<HTMLInputElement>(null);
  const date = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const day = localToday();
    if (today.current) today.current.value = day;
    if (date.current) date.current.min = day;
  }, []);
  const error = state.fieldErrors?.reviewBy;
  return (
    <form action={formAction} className="mb-6" noValidate>
      <FormError message={state.formError ?? state.fieldErrors?.version} />
      <input type="hidden" name="version" value={version} />
      <input ref={today} type="hidden" name="today" value="" />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="review-by" className="mb-1 block font-bold">
            {words.label}
          </label>
          {error && (
            <p id="review-by-error" className="mb-1 font-bold text-exit">
              {error}
            </p>
          )}
          <input
            ref={date}
            id="review-by"
            type="date"
            name="reviewBy"
            defaultValue={state.reviewBy ?? reviewBy ?? ""}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "review-by-error" : undefined}
            className={`rounded-md border-2 px-3 py-2 ${error ? "border-exit" : "border-gray-500"}`}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-md border-2 border-ink px-4 py-2 font-bold"
        >
          {words.submit}
        </button>
      </div>
    </form>
  );
}
