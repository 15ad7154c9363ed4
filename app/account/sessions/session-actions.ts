"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { accountStore } from "@/lib/auth/account-store";
import { sessionIdSchema } from "@/lib/auth/account-schemas";
import { formFields } from "@/lib/auth/guarded";
import { guardedAction } from "@/lib/auth/guarded-action";
import { forgetThisBrowser } from "@/lib/auth/known-browser";
import { SIGN_OUT_ROUTE, siteRoutes } from "@/lib/site/site-routes";

const endOne = guardedAction({
  session: "required",
  input: sessionIdSchema,
  owns: (session, input) => accountStore.ownsSession(session.userId, input.sessionId),
  run: (_session, input) => accountStore.endSessionRow(input.sessionId),
});

const endEverywhere = guardedAction({
  session: "required",
  input: z.object({}),
  owns: () => true,
  run: (session) => accountStore.endAllSessions(session.userId),
});

/** Signs one other browser out; this one stays signed in. */
export async function endOneSessionAction(form: FormData): Promise<void> {
  const outcome = await endOne(formFields(form));
  if (!outcome.ok && outcome.reason === "signed-out") redirect(siteRoutes.signIn.href);
  redirect(siteRoutes.sessions.href);
}

/**
 * Signs out every browser, this one included, then clears this browser's copy of the site, its
 * token too: someone worried about who else uses the account wants nothing of it left here.
 */
export async function endEverywhereAction(): Promise<void> {
  const outcome = await endEverywhere({});
  if (outcome.ok) await forgetThisBrowser();
  redirect(SIGN_OUT_ROUTE);
}
