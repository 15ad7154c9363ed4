import type { FieldErrors, Outcome } from "./guarded";

/** What a form shows after a post: errors next to fields, and the values worth keeping. */
export type FormState = {
  fieldErrors?: FieldErrors;
  formError?: string;
  /** Only non-secret fields are sent back; a passphrase is never echoed into the page. */
  values?: Record<string, string>;
};

export const SIGNED_OUT_MESSAGE = "Your session has ended. Please sign in again.";
export const UNAVAILABLE_MESSAGE =
  "Something went wrong on our side, so that did not go through. Nothing you saved before has been lost. Please try again in a moment.";

export const FORBIDDEN_MESSAGE = "That is not something this account can change.";

/** The message a refused request shows; none of them says anything about other accounts. */
export function refusedState(
  outcome: Exclude<Outcome<unknown>, { ok: true }>,
  values?: Record<string, string>,
): FormState {
  if (outcome.reason === "invalid") return { fieldErrors: outcome.fieldErrors, values };
  if (outcome.reason === "signed-out") return { formError: SIGNED_OUT_MESSAGE, values };
  if (outcome.reason === "unavailable") return { formError: UNAVAILABLE_MESSAGE, values };
  return { formError: FORBIDDEN_MESSAGE, values };
}

export function keep(fields: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.filter((name) => fields[name] !== undefined).map((name) => [name, fields[name] as string]),
  );
}
