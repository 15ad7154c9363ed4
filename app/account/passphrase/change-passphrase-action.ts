"use server";

import { getTranslations } from "next-intl/server";
import { accountRefusal } from "@/lib/auth/account-refusal";
import { changePassphraseSchema } from "@/lib/auth/account-schemas";
import { accountStore } from "@/lib/auth/account-store";

import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { tooManyTries } from "@/lib/auth/account-words";

import type { ChangePassphraseState } from "@/lib/forms/account-form-states";

const change = guardedAction({
  session: "required",
  input: changePassphraseSchema,
  // The account changed is always the signed-in person's own.
  owns: () => true,
  run: (session, input) =>
    accountStore.changePassphrase(session.userId, input.currentPassphrase, input.passphrase, session.sessionRowId),
});

export async function changePassphraseAction(
  _previous: ChangePassphraseState,
  form: FormData,
): Promise<ChangePassphraseState> {
  const outcome = await change(formFields(form));
  if (!outcome.ok) return accountRefusal(outcome);
  const result = outcome.value;
  if (result.ok) return { changed: true };
  if (result.reason === "wait") return { formError: await tooManyTries(result.seconds) };
  return { fieldErrors: { currentPassphrase: (await getTranslations("account.problems"))("notCurrentPassphrase") } };
}
