"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { accountRefusal } from "@/lib/auth/account-refusal";
import { keep } from "@/lib/auth/form-state";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { displaySettingsForm } from "@/lib/settings/display-settings";
import { displaySettingsStore } from "@/lib/settings/settings-store";

import type { DisplaySettingsState } from "@/lib/forms/account-form-states";

const FIELDS = ["tabTitle", "exitSite", "ownAddress"];

/** This site's own host names, so quick exit is never pointed back here. */
async function ownHosts(): Promise<string[]> {
  const request = await headers();
  return [request.get("host"), request.get("x-forwarded-host")].flatMap((value) =>
    value ? [value.replace(/:\d+$/, "").toLowerCase()] : [],
  );
}

export async function saveDisplaySettingsAction(
  _previous: DisplaySettingsState,
  form: FormData,
): Promise<DisplaySettingsState> {
  const fields = formFields(form);
  const values = keep(fields, FIELDS);
  const save = guardedAction({
    session: "required",
    input: displaySettingsForm(await ownHosts()),
    // The settings saved are always the signed-in person's own record.
    owns: () => true,
    run: (session, settings) => displaySettingsStore.save(session, settings),
  });
  const outcome = await save(fields);
  if (!outcome.ok) return accountRefusal(outcome, values);
  // Every page's title and quick exit come from the root layout: draw it again with the new choice.
  revalidatePath("/", "layout");
  return { saved: true, values };
}
