"use client";

import type english from "@/messages/en/account.json";
import { useActionState } from "react";
import type { OfferState, SignUpState } from "@/lib/forms/account-form-states";
import { ChoosePassphraseFields } from "./choose-passphrase-fields";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import type { UsernameOffer } from "@/lib/auth/username-offer";
import { planPlaces, type PlanKind } from "@/lib/settings/plan-kind";
import { PlanKindQuestion } from "./plan-kind-question";
import { RecoveryCodeNotice } from "./recovery-code-notice";
import { UsernameOfferPanel } from "./username-offer-panel";

type Props = {
  action: (previous: SignUpState, form: FormData) => Promise<SignUpState>;
  anotherAction: (previous: OfferState, form: FormData) => Promise<OfferState>;
  /** The username the page offers first. */
  offer: UsernameOffer;
  /** Passed in by the page: the schemas it comes from (zod, a list of common passwords) stay on the server. */
  passphraseHint: string;
  /** Each field's limit, read from the server's schema by the page (zod stays on the server). */
  maxLengths?: Record<string, number>;
  /** The plan chosen before the person picks: the change plan when they came from it. */
  planKind?: PlanKind;
  /** The form's words in the page's language, from the page. */
  words: SignUpWords;
};

export type SignUpWords = {
  signUp: typeof english.signUp;
  planKind: typeof english.planKind;
  recoveryNotice: typeof english.recoveryNotice;
};

/** The newest offer wins: one the "another username" button fetched, or one a refused sign-up sent back. */
const newest = (...offers: (UsernameOffer | undefined)[]) =>
  offers.reduce<UsernameOffer | undefined>(
    (best, offer) => (offer && (!best || offer.issuedAt > best.issuedAt) ? offer : best),
    undefined,
  );

export function SignUpForm({ action, anotherAction, offer, passphraseHint, maxLengths = {}, planKind, words }: Props) {
  const [state, formAction] = useActionState(action, {});
  // Its own form, so asking for another username never clears a passphrase already typed.
  const [asked, askForAnother] = useActionState(anotherAction, {});
  if (state.recoveryCode)
    return (
      <RecoveryCodeNotice
        code={state.recoveryCode}
        username={state.username}
        problem={state.formError}
        continueTo={planPlaces[state.planKind ?? "safety"].firstQuestion}
        words={words.recoveryNotice}
      />
    );
  const shown = newest(state.offer, asked.offer) ?? offer;
  const errors = state.fieldErrors ?? {};
  return (
    <>
      <FormError message={state.formError ?? asked.formError} />
      <UsernameOfferPanel username={shown.username} askForAnother={askForAnother} words={words.signUp} />
      <form action={formAction} noValidate>
        <input type="hidden" name="offer" value={shown.token} />
        <ChoosePassphraseFields
          label={words.signUp.passphrase}
          againLabel={words.signUp.passphraseAgain}
          hint={passphraseHint}
          errors={errors}
          maxLength={maxLengths.passphrase}
        />
        <PlanKindQuestion chosen={state.planKind ?? planKind} words={words.planKind} />
        <SubmitButton>{words.signUp.button}</SubmitButton>
      </form>
    </>
  );
}
