"use server";

import { accountRefusal } from "@/lib/auth/account-refusal";
import { redirect } from "next/navigation";
import { signInSchema } from "@/lib/auth/account-schemas";
import { keep, type FormState } from "@/lib/auth/form-state";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { startSignedIn } from "@/lib/auth/start-signed-in";
import { siteRoutes } from "@/lib/site/site-routes";

const signInGuard = guardedAction({
  session: "none",
  input: signInSchema,
  owns: () => true,
  run: (_session, input) => startSignedIn(input.username, input.passphrase),
});

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = formFields(form);
  const values = keep(fields, ["username"]);
  const outcome = await signInGuard(fields);
  if (!outcome.ok) return accountRefusal(outcome, values);
  if (outcome.value) return { formError: outcome.value, values };
  redirect(siteRoutes.account.href);
}
