import "server-only";
import { getTranslations } from "next-intl/server";
import { FORBIDDEN_MESSAGE, SIGNED_OUT_MESSAGE, UNAVAILABLE_MESSAGE, type FormState } from "../auth/form-state";
import { sayFieldErrors, sayFormMessage, type FormMessageTranslator } from "./form-message";

/** The translator for the plan forms' messages, in the reader's language. */
export async function formMessageTranslator(): Promise<FormMessageTranslator> {
  return (await getTranslations("formErrors")) as unknown as FormMessageTranslator;
}

/** The refusals every form shares (`refusedState`), worded in English where they are made. */
const sharedRefusals: Record<string, string> = {
  [SIGNED_OUT_MESSAGE]: "signedOut",
  [UNAVAILABLE_MESSAGE]: "unavailable",
  [FORBIDDEN_MESSAGE]: "forbidden",
};

/**
 * A plan form's state with its messages said in the reader's language: the readers and schemas
 * answer with keys (`lib/forms/form-message.ts`), and this is the one place they become words.
 */
export async function sayFormState<State extends FormState>(state: State): Promise<State> {
  if (!state.fieldErrors && !state.formError) return state;
  const t = await formMessageTranslator();
  return {
    ...state,
    fieldErrors: sayFieldErrors(t, state.fieldErrors),
    formError: state.formError && sayFormMessage(t, sharedRefusals[state.formError] ?? state.formError),
  };
}
