"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { accountRefusal } from "@/lib/auth/account-refusal";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import type { DisplaySettingsState } from "@/lib/forms/account-form-states";
import { timeZoneForm, timeZoneNameSchema } from "@/lib/settings/display-settings";
import { FOLLOW_BROWSER } from "@/lib/settings/neutral-sites";
import { displaySettingsStore } from "@/lib/settings/settings-store";

// The settings changed are always the signed-in person's own record.
const remember = guardedAction({
  session: "required",
  input: z.object({ timeZone: timeZoneNameSchema }),
  owns: () => true,
  run: (session, input) => displaySettingsStore.rememberBrowserTimeZone(session, input.timeZone),
});

const choose = guardedAction({
  session: "required",
  input: timeZoneForm,
  owns: () => true,
  run: (session, input) =>
    displaySettingsStore.saveTimeZone(
      session,
      input.timeZone === FOLLOW_BROWSER ? undefined : { name: input.timeZone, chosen: true },
    ),
});

/** The zone this browser reports (sent by a script), kept unless the person chose one; whether it changed. */
export async function rememberTimeZoneAction(timeZone: unknown): Promise<boolean> {
  const outcome = await remember({ timeZone });
  return outcome.ok && outcome.value;
}

/** The zone the person chose in their display settings, or "follow the browser". */
export async function saveTimeZoneAction(
  _previous: DisplaySettingsState,
  form: FormData,
): Promise<DisplaySettingsState> {
  const fields = formFields(form);
  const outcome = await choose(fields);
  if (!outcome.ok) return accountRefusal(outcome, { timeZone: fields.timeZone ?? "" });
  revalidatePath("/", "layout");
  return { saved: true, values: { timeZone: fields.timeZone ?? "" } };
}
