"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { accountRefusal } from "@/lib/auth/account-refusal";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { listBriefs, revokeAllBriefs, revokeBrief } from "@/lib/brief-store/brief-store";
import { readBriefForm } from "@/lib/forms/brief-form";
import type { BriefFormState } from "@/lib/forms/brief-form-states";
import { briefsRoutes, siteRoutes } from "@/lib/site/site-routes";
import { briefPerson } from "./brief-source";
import { makeBriefStep } from "./make-brief-step";

const briefForm = z.instanceof(FormData).transform((form, context) => {
  const read = readBriefForm(form);
  if (!read?.for) {
    context.addIssue({ code: "custom", message: "form" });
    return z.NEVER;
  }
  return { ...read, for: read.for };
});

const makeBrief = guardedAction({
  session: "required",
  input: briefForm,
  // The person is looked up in her own plan by her own session: an id from someone else's plan finds nobody.
  owns: () => true,
  run: async (session, input) => {
    const locale = await getLocale();
    return makeBriefStep(session, input, await briefPerson(session, input.for, locale), locale);
  },
});

/** The brief form's steps: the preview (or the form again, with a message beside each field), then the brief made. */
export async function makeBriefAction(_previous: BriefFormState, form: FormData): Promise<BriefFormState> {
  const outcome = await makeBrief(form);
  if (outcome.ok) return outcome.value;
  if (outcome.reason === "invalid") return { formError: (await getTranslations("helperBriefs.make"))("missing") };
  // Refused (signed out, database away): the form comes back with everything she typed.
  return { values: readBriefForm(form)?.values, formError: (await accountRefusal(outcome)).formError };
}

const briefId = z.object({ briefId: z.string().min(1).max(64) });

const endOne = guardedAction({
  session: "required",
  input: briefId,
  owns: async (session, input) => (await listBriefs(session)).some((brief) => brief.id === input.briefId),
  run: (session, input) => revokeBrief(session, input.briefId),
});

const endAll = guardedAction({
  session: "required",
  input: z.object({}),
  // Only her own briefs are ever found by her session.
  owns: () => true,
  run: (session) => revokeAllBriefs(session),
});

/** Where a refused end goes: to sign in, to "already ended or not yours", or back to the list (database away). */
const refusedTo = (reason: string) =>
  reason === "signed-out"
    ? siteRoutes.signIn.href
    : reason === "forbidden"
      ? `${briefsRoutes.list}?ended=none`
      : briefsRoutes.list;

/** Ends one of her briefs: its ciphertext is deleted, so its link and code open nothing. */
export async function endBriefAction(form: FormData): Promise<void> {
  const outcome = await endOne(formFields(form));
  if (!outcome.ok) redirect(refusedTo(outcome.reason));
  redirect(`${briefsRoutes.list}?ended=one`);
}

/** Ends every brief she has, after the confirmation step on the list. */
export async function endAllBriefsAction(): Promise<void> {
  const outcome = await endAll({});
  if (!outcome.ok) redirect(refusedTo(outcome.reason));
  redirect(`${briefsRoutes.list}?ended=all&count=${outcome.value}`);
}
