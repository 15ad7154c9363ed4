"use server";

import { accountRefusal } from "@/lib/auth/account-refusal";
import { headers } from "next/headers";
import { recoverSchema } from "@/lib/auth/account-schemas";
import { accountStore } from "@/lib/auth/account-store";
import { clientKeyFrom } from "@/lib/auth/client-key";
import { keep } from "@/lib/auth/form-state";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { tooManyTries } from "@/lib/auth/account-words";
import { startSignedInAs } from "@/lib/auth/start-signed-in";

import type { RecoverState } from "@/lib/forms/account-form-states";

const recover = guardedAction({
  session: "none",
  input: recoverSchema,
  owns: () => true,
  run: async (_session, input) => {
    const client = clientKeyFrom(await headers());
    const result = await accountStore.recover(input.username, input.recoveryCode, input.passphrase, client);
    if (!result.ok) return result;
    return { ...result, signInProblem: await startSignedInAs(result) };
  },
});

export async function recoverAction(_previous: RecoverState, form: FormData): Promise<RecoverState> {
  const fields = formFields(form);
  const values = keep(fields, ["username"]);
  const outcome = await recover(fields);
  if (!outcome.ok) return accountRefusal(outcome, values);
  const result = outcome.value;
  if (!result.ok) {
    if (result.reason === "wait") return { formError: await tooManyTries(result.seconds), values };
    return { formError: "That username and recovery code do not match an account. Check them and try again.", values };
  }
  return { recoveryCode: result.recoveryCode, formError: result.signInProblem };
}
