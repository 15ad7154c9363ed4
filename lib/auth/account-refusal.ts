import "server-only";
import { getTranslations } from "next-intl/server";
import { refusedState, SIGNED_OUT_MESSAGE, UNAVAILABLE_MESSAGE, type FormState } from "./form-state";
import { readFormMessage } from "../forms/form-message";
import type { Outcome } from "./guarded";

/**
 * What a refused account form shows, in the reader's language: the schemas' messages are keys
 * (lib/auth/account-schemas.ts), and the usual refusals are worded in messages/<locale>/account.json.
 */
export async function accountRefusal(
  outcome: Exclude<Outcome<unknown>, { ok: true }>,
  values?: Record<string, string>,
): Promise<FormState> {
  const t = await getTranslations("account");
  const state = refusedState(outcome, values);
  const fieldErrors =
    state.fieldErrors &&
    Object.fromEntries(
      Object.entries(state.fieldErrors).map(([field, message]) => {
        const { key, values } = readFormMessage(message);
        return [field, t.has(`errors.${key}` as never) ? t(`errors.${key}` as never, values as never) : message];
      }),
    );
  const formError =
    state.formError === SIGNED_OUT_MESSAGE
      ? t("refusals.signedOut")
      : state.formError === UNAVAILABLE_MESSAGE
        ? t("refusals.unavailable")
        : state.formError && t("refusals.forbidden");
  return { ...state, fieldErrors, formError };
}
