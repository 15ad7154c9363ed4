import type { FormState } from "../auth/form-state";
import type { UsernameOffer } from "../auth/username-offer";
import type { PlanKind } from "../settings/plan-kind";

// What each account form's action answers with: shared by the action (app/) and its form (components/).

/** `planKind` is the plan the person chose: kept when the form comes back, and where the code's "Continue" leads. */
export type SignUpState = FormState & {
  recoveryCode?: string;
  username?: string;
  offer?: UsernameOffer;
  planKind?: PlanKind;
};
export type OfferState = { offer?: UsernameOffer; formError?: string };
export type RecoverState = FormState & { recoveryCode?: string };
export type ChangePassphraseState = FormState & { changed?: boolean };
export type DisplaySettingsState = FormState & { saved?: boolean };
export type PlanKindState = FormState;
