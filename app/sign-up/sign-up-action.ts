"use server";

import { accountRefusal } from "@/lib/auth/account-refusal";
import { headers } from "next/headers";
import { z } from "zod";
import { signUpSchema } from "@/lib/auth/account-schemas";
import { accountStore } from "@/lib/auth/account-store";
import { clientKeyFrom } from "@/lib/auth/client-key";
import { UNAVAILABLE_MESSAGE } from "@/lib/auth/form-state";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { describeWait } from "@/lib/auth/rate-limit";
import { startSignedInAs } from "@/lib/auth/start-signed-in";
import { readOffer } from "@/lib/auth/username-offer";
import { planKindFieldSchema } from "@/lib/settings/plan-kind-schema";

import type { OfferState, SignUpState } from "@/lib/forms/account-form-states";

const OFFER_GONE =
  "We picked a new username for you, because the one offered before can no longer be used. Check it below, then type your passphrase again.";
const signUpWait = (seconds: number) =>
  `Many accounts were made from this network a short while ago. Please wait ${describeWait(seconds)}, then try again. This pause protects the site from misuse.`;

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
  if (result.reason === "wait") return { formError: signUpWait(result.seconds), offer: kept, planKind };
  return { formError: OFFER_GONE, offer: result.offer, planKind };
}

/** "Give me another": a new username offer, with or without JavaScript. */
export async function anotherUsernameAction(_previous: OfferState, _form: FormData): Promise<OfferState> {
  const outcome = await another({});
  return outcome.ok ? { offer: outcome.value } : { formError: UNAVAILABLE_MESSAGE };
}
