"use client";

import { useActionState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import type { DisplaySettingsState } from "@/lib/forms/account-form-states";
import { FOLLOW_BROWSER } from "@/lib/settings/neutral-sites";

type Props = {
  action: (previous: DisplaySettingsState, form: FormData) => Promise<DisplaySettingsState>;
  /** Every zone the server can show times in, such as "America/Toronto", with its name in the reader's language. */
  zones: { zone: string; name: string }[];
  /** The zone chosen now, or "browser" when times follow what the browser reports. */
  saved: string;
  /** The form's words in the page's language, from the page. */
  words: {
    zoneLabel: string;
    zoneHint: string;
    followBrowser: string;
    otherRegion: string;
    /** "America" as the reader's language says it, for the list's groups. */
    zoneRegions: Record<string, string>;
    saveZone: string;
    savedFollow: string;
    savedZone: string;
  };
};

type Zone = Props["zones"][number];

/** "America/Toronto" under "America" (in the reader's words); zones without a region under "Other". */
function byRegion(zones: Zone[], words: Props["words"]): [string, Zone[]][] {
  const regions = new Map<string, Zone[]>();
  for (const zone of zones) {
    const region = zone.zone.includes("/") ? zone.zone.slice(0, zone.zone.indexOf("/")) : words.otherRegion;
    const label = words.zoneRegions[region] ?? region;
    regions.set(label, [...(regions.get(label) ?? []), zone]);
  }
  return [...regions];
}

/** The zone times are shown in. Works as a plain form post without JavaScript. */
export function TimeZoneForm({ action, zones, saved, words }: Props) {
  const [state, formAction] = useActionState(action, {});
  const error = state.fieldErrors?.timeZone;
  const value = state.values?.timeZone ?? saved;
  const described = ["timeZone-hint", error ? "timeZone-error" : ""].filter(Boolean).join(" ");
  return (
    <form action={formAction} noValidate data-time-zone-form="">
      <FormError message={state.formError} />
      <label htmlFor="timeZone" className="mb-1 block font-bold">
        {words.zoneLabel}
      </label>
      <p id="timeZone-hint" className="mb-1 text-sm text-muted">
        {words.zoneHint}
      </p>
      {error && (
        <p id="timeZone-error" className="mb-1 font-bold text-exit">
          {error}
        </p>
      )}
      <select
        id="timeZone"
        name="timeZone"
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className="mb-4 block w-full max-w-md rounded-md border-2 border-gray-500 px-3 py-2"
      >
        <option value={FOLLOW_BROWSER}>{words.followBrowser}</option>
        {byRegion(zones, words).map(([region, members]) => (
          <optgroup key={region} label={region}>
            {members.map(({ zone, name }) => (
              <option key={zone} value={zone}>
                {name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>{words.saveZone}</SubmitButton>
        <p role="status" className="mb-0 text-muted">
          {!state.saved ? "" : value === FOLLOW_BROWSER ? words.savedFollow : words.savedZone}
        </p>
      </div>
    </form>
  );
}
