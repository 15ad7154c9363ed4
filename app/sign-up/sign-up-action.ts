"use server";

import { signUpSchema } from "@/lib/auth/account-schemas";
import { createAccount } from "@/lib/auth/accounts";
import { keep, refusedState, type FormState } from "@/lib/auth/form-state";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { startSignedIn } from "@/lib/auth/start-signed-in";
import { database } from "@/lib/db/database";

export type SignUpState = FormState & { recoveryCode?: string };

const signUp = guardedAction({
  session: "none",
  input: signUpSchema,
  owns: () => true,
  run: async (_session, input) => {
    const created = await createAccount(database(), input.username, input.passphrase);
    if (!created.ok) return created;
    return { ...created, signInProblem: await startSignedIn(input.username, input.passphrase) };
  },
});

export async function signUpAction(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  const fields = formFields(form);
  const values = keep(fields, ["username"]);
  const outcome = await signUp(fields);
  if (!outcome.ok) return refusedState(outcome, values);
  if (!outcome.value.ok) return { values, fieldErrors: { username: "That username is taken. Please choose another." } };
  return { recoveryCode: outcome.value.recoveryCode, formError: outcome.value.signInProblem };
}
