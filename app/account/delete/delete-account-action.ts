"use server";

import { getTranslations } from "next-intl/server";
import { accountRefusal } from "@/lib/auth/account-refusal";
import { redirect } from "next/navigation";
import { deleteAccountSchema } from "@/lib/auth/account-schemas";
import { accountStore } from "@/lib/auth/account-store";
import { type FormState } from "@/lib/auth/form-state";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { forgetThisBrowser } from "@/lib/auth/known-browser";
import { tooManyTries } from "@/lib/auth/account-words";
import { SIGN_OUT_ROUTE } from "@/lib/site/site-routes";

const remove = guardedAction({
  session: "required",
  input: deleteAccountSchema,
  // The only account this can delete is the signed-in one, and only with its own passphrase.
  owns: () => true,
  run: (session, input) => accountStore.deleteAccount(session.userId, input.passphrase, session.sessionRowId),
});

export async function deleteAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const outcome = await remove(formFields(form));
  if (!outcome.ok) return accountRefusal(outcome);
  const result = outcome.value;
  if (!result.ok)
    return result.reason === "wait"
      ? { formError: await tooManyTries(result.seconds) }
      : { fieldErrors: { passphrase: (await getTranslations("account.problems"))("notYourPassphrase") } };
  await forgetThisBrowser();
  redirect(SIGN_OUT_ROUTE);
}
