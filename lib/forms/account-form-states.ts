import type { FormState } from "../auth/form-state";
import type { UsernameOffer } from "../auth/username-offer";

// What each account form's action answers with: shared by the action (app/) and its form (components/).

export type SignUpState = FormState & { recoveryCode?: string; username?: string; offer?: UsernameOffer };
export type OfferState = { offer?: UsernameOffer; formError?: string };
export type RecoverState = FormState & { recoveryCode?: string };
export type ChangePassphraseState = FormState & { changed?: boolean };
export type DisplaySettingsState = FormState & { saved?: boolean };
