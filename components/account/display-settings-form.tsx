"use client";

import type english from "@/messages/en/account.json";
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
  /** The form's words in the page's language ({max} and {siteName} filled in here). */
  words: DisplayWords;
};

export type DisplayWords = typeof english.displayPage;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

/** The tab title and the quick-exit site. Works as a plain form post without JavaScript. */
export function DisplaySettingsForm({ action, saved, siteName, words }: Props) {
  const [state, formAction] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  const values = { ...saved, ...state.values };
  const choices = [
    { value: USUAL_SITE, label: words.usualSite },
    ...neutralSites.map((site) => ({ value: site.id, label: words[site.id] })),
    { value: OWN_SITE, label: words.ownSite },
  ];
  const siteDescribedBy = ["exitSite-hint", errors.exitSite ? "exitSite-error" : ""].filter(Boolean).join(" ");
  return (
    <form action={formAction} noValidate>
      <FormError message={Object.keys(errors).length ? words.notSaved : state.formError} />
      <FormField
        name="tabTitle"
        label={words.tabTitle}
        hint={fill(words.tabTitleHint, { max: TAB_TITLE_MAX, siteName })}
        defaultValue={values.tabTitle}
        maxLength={TAB_TITLE_MAX}
        error={errors.tabTitle}
      />
      <fieldset className="mb-5" aria-describedby={siteDescribedBy}>
        <legend className="mb-1 font-bold">{words.exitLegend}</legend>
        <p id="exitSite-hint" className="mb-2 text-sm text-muted">
          {words.exitHint}
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
        label={words.ownAddress}
        hint={words.ownAddressHint}
        defaultValue={values.ownAddress}
        maxLength={ADDRESS_MAX}
        error={errors.ownAddress}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>{words.save}</SubmitButton>
        <p role="status" className="mb-0 text-muted">
          {state.saved ? words.saved : ""}
        </p>
      </div>
    </form>
  );
}
