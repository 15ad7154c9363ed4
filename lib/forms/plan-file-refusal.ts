import "server-only";
import { getTranslations } from "next-intl/server";
import { accountRefusal } from "../auth/account-refusal";
import type { FormState } from "../auth/form-state";
import type { Outcome } from "../auth/guarded";
import type { SayRefusal } from "./plan-file-states";

/** The locked-copy forms' refusals in the reader's language (messages/<locale>/planFiles.json). */
export async function planFileWords(): Promise<SayRefusal> {
  const t = await getTranslations("planFiles.refusals");
  return (key, values) => t(key, values as never);
}

/**
 * A refused locked-copy form in the reader's language: the file schemas' keys from planFiles.json, the
 * new passphrase's and the usual refusals from account.json.
 */
export async function planFileRefusal(outcome: Exclude<Outcome<unknown>, { ok: true }>): Promise<FormState> {
  const [t, state] = await Promise.all([getTranslations("planFiles.errors"), accountRefusal(outcome)]);
  if (outcome.reason !== "invalid") return state;
  const fieldErrors = Object.fromEntries(
    Object.entries(outcome.fieldErrors).map(([field, key]) => [
      field,
      t.has(key as never) ? t(key as never) : (state.fieldErrors?.[field] ?? key),
    ]),
  );
  return { ...state, fieldErrors };
}
