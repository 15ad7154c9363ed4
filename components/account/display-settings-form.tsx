"use client";

import { useActionState } from "react";
import type { DisplaySettingsState } from "@/lib/forms/account-form-states";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  ADDRESS_MAX,
  neutralSites,
  OWN_SITE,
  TAB_TITLE_MAX,
  USUAL_SITE,
  type SiteChoice,
} from "@/lib/settings/neutral-sites";

type Props = {
  action: (previous: DisplaySettingsState, form: FormData) => Promise<DisplaySettingsState>;
  /** What is saved now, as the form's fields. */
  saved: { tabTitle: string; exitSite: SiteChoice; ownAddress: string };
  siteName: string;
};

/** The tab title and the quick-exit site. Works as a plain form post without JavaScript. */
export function DisplaySettingsForm({ action, saved, siteName }: Props) {
  const [state, formAction] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  const values = { ...saved, ...state.values };
  const choices = [
    { value: USUAL_SITE, label: "The site's usual choice" },
    ...neutralSites.map((site) => ({ value: site.id, label: site.label })),
    { value: OWN_SITE, label: "Another site, whose address I write below" },
  ];
  const siteDescribedBy = ["exitSite-hint", errors.exitSite ? "exitSite-error" : ""].filter(Boolean).join(" ");
  return (
    <form action={formAction} noValidate>
      <FormError
        message={Object.keys(errors).length ? "Nothing was saved yet. See the note beside the field." : state.formError}
      />
      <FormField
        name="tabTitle"
        label="Title for the browser tab"
        hint={`For example: Recipes, or Bus times. Up to ${TAB_TITLE_MAX} characters. Leave it empty to use the site's usual name, “${siteName}”.`}
        defaultValue={values.tabTitle}
        maxLength={TAB_TITLE_MAX}
        error={errors.tabTitle}
      />
      <fieldset className="mb-5" aria-describedby={siteDescribedBy}>
        <legend className="mb-1 font-bold">Where quick exit takes you</legend>
        <p id="exitSite-hint" className="mb-2 text-sm text-muted">
          The site opens in the same tab, in place of this one.
        </p>
        {errors.exitSite && (
          <p id="exitSite-error" className="mb-1 font-bold text-exit">
            {errors.exitSite}
          </p>
        )}
        {choices.map((choice) => (
          <div key={choice.value} className="mb-1 flex items-center gap-2">
            <input
              id={`exitSite-${choice.value}`}
              type="radio"
              name="exitSite"
              value={choice.value}
              defaultChecked={values.exitSite === choice.value}
              className="h-5 w-5"
            />
            <label htmlFor={`exitSite-${choice.value}`} className="py-1">
              {choice.label}
            </label>
          </div>
        ))}
      </fieldset>
      <FormField
        name="ownAddress"
        label="Address of another site"
        hint="Starts with https://. Used only when you choose “Another site” above."
        defaultValue={values.ownAddress}
        maxLength={ADDRESS_MAX}
        error={errors.ownAddress}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>Save</SubmitButton>
        <p role="status" className="mb-0 text-muted">
          {state.saved ? "Saved. Pages now use these choices while you are signed in." : ""}
        </p>
      </div>
    </form>
  );
}
