"use server";

import { redirect } from "next/navigation";
import { deleteAccountSchema } from "@/lib/auth/account-schemas";
import { deleteAccount } from "@/lib/auth/accounts";
import { refusedState, type FormState } from "@/lib/auth/form-state";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { database } from "@/lib/db/database";
import { SIGN_OUT_ROUTE } from "@/lib/site/site-routes";

const remove = guardedAction({
  session: "required",
  input: deleteAccountSchema,
  // The only account this can delete is the signed-in one, and only with its own username typed.
  owns: () => true,
  run: (session, input) => deleteAccount(database(), session.userId, input.confirmUsername),
});

export async function deleteAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const outcome = await remove(formFields(form));
  if (!outcome.ok) return refusedState(outcome);
  if (!outcome.value) return { fieldErrors: { confirmUsername: "That is not this account's username." } };
  redirect(SIGN_OUT_ROUTE);
}
