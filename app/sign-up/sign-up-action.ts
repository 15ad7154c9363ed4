"use server";

import { accountRefusal } from "@/lib/auth/account-refusal";
import { headers } from "next/headers";
import { z } from "zod";
import { signUpSchema } from "@/lib/auth/account-schemas";
import { accountStore } from "@/lib/auth/account-store";
import { clientKeyFrom } from "@/lib/auth/client-key";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { waitArguments } from "@/lib/auth/account-words";
import { getTranslations } from "next-intl/server";
import { startSignedInAs } from "@/lib/auth/start-signed-in";
import { readOffer } from "@/lib/auth/username-offer";
import { planKindFieldSchema } from "@/lib/settings/plan-kind-schema";

import type { OfferState, SignUpState } from "@/lib/forms/account-form-states";

const signUp = guardedAction({
  session: "none",
  input: signUpSchema,
  owns: () => true,
  run: async (_session, input) => {
    const client = clientKeyFrom(await headers());
    const outcome = await accountStore.signUp(input.offer, input.passphrase, client, input.planKind);
    if (!outcome.ok) return outcome;
    return { ...outcome, signInProblem: await startSignedInAs(outcome) };
  },
});

const another = guardedAction({
  session: "none",
  input: z.object({}),
  owns: () => true,
  run: () => accountStore.offerUsername(),
});

export async function signUpAction(_previous: SignUpState, form: FormData): Promise<SignUpState> {
  const fields = formFields(form);
  const outcome = await signUp(fields);
  // A refused form keeps the username it offered, while that offer still stands.
  const kept = readOffer(fields.offer);
  const planKind = planKindFieldSchema.parse(fields.planKind);
  if (!outcome.ok) return { ...(await accountRefusal(outcome)), offer: kept, planKind };
  const result = outcome.value;
  if (result.ok)
    return {
      recoveryCode: result.recoveryCode,
      username: result.username,
      formError: result.signInProblem,
      planKind,
    };
  const t = await getTranslations("account.problems");
  if (result.reason === "wait")
    return { formError: t("signUpWait", waitArguments(result.seconds)), offer: kept, planKind };
  return { formError: t("offerGone"), offer: result.offer, planKind };
}

/** "Give me another": a new username offer, with or without JavaScript. */
export async function anotherUsernameAction(_previous: OfferState, _form: FormData): Promise<OfferState> {
  const outcome = await another({});
  return outcome.ok
    ? { offer: outcome.value }
    : { formError: (await getTranslations("account"))("refusals.unavailable") };
}
