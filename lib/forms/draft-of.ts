import type { FormDraft } from "./plan-form-states";
import { isSignInField } from "../auth/sign-in-to-save-fields";
import { entryKeys } from "../plan/entry-kinds";
import { fieldsOf } from "./form-fields";

/** Our own plan-form fields; anything else the post carried is not drawn back into the page. */
const PLAN_FIELD = new RegExp(
  `^((${entryKeys.join("|")})\\.\\d{1,9}\\.[A-Za-z]{1,20}|note|shown|done|bringBack|version)$`,
);

/**
 * What the person sent, by field name, to draw the form again when it could not all be saved. It
 * goes back only into the page (never stored, never in an address or cookie), and never with the
 * passphrase. A form bigger than ours gets no draft.
 */
export function draftOf(form: unknown): FormDraft | undefined {
  if (!(form instanceof FormData)) return undefined;
  const fields = fieldsOf(form);
  if (!fields) return undefined;
  const draft: FormDraft = {};
  for (const [name, values] of fields) {
    // Object.hasOwn and the pattern keep "__proto__" and "constructor" from ever meaning Object's own.
    if (PLAN_FIELD.test(name) && !isSignInField(name) && !Object.hasOwn(draft, name)) draft[name] = [...values];
  }
  return draft;
}
