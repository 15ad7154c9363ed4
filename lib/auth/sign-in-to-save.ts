import "server-only";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { serverConfig } from "../config/server-config";
import { isDatabaseUnavailable, logDatabaseUnavailable } from "../db/database-unavailable";
import { signInSchema } from "./account-schemas";
import { guardedAction } from "./guarded-action";
import { guarded, type Outcome } from "./guarded";
import { sessionInCookieJar } from "./session-in-cookie-jar";
import { SIGN_IN_TO_SAVE_FIELDS } from "./sign-in-to-save-fields";
import { startSignedIn } from "./start-signed-in";

/**
 * What a form's "sign in and save" boxes need from the server: the time-out to name, their limits,
 * and the words every plan form's notices share (signed out, could not be saved, changed elsewhere),
 * in the reader's language; every plan form gets these, so the notices' words come with them.
 */
export async function signInToSaveSettings() {
  const t = await getTranslations("formErrors.notices");
  return {
    idleMinutes: serverConfig().sessionIdleMinutes,
    words: {
      signIn: {
        heading: t("signInToSave.heading"),
        intro: t("signInToSave.intro"),
        username: t("signInToSave.username"),
        passphrase: t("signInToSave.passphrase"),
        submit: t("signInToSave.submit"),
        idle: t.raw("signInToSave.idle") as string,
      },
      summary: { one: t("summary.one"), many: t.raw("summary.many") as string, savedElse: t("summary.savedElse") },
      conflict: {
        heading: t("conflict.heading"),
        intro: t("conflict.intro"),
        compared: t("conflict.compared"),
        same: t("conflict.same"),
        keep: t("conflict.keep"),
      },
    },
    maxLengths: {
      [SIGN_IN_TO_SAVE_FIELDS.username]: signInSchema.shape.username.maxLength ?? 0,
      [SIGN_IN_TO_SAVE_FIELDS.passphrase]: signInSchema.shape.passphrase.maxLength ?? 0,
    },
  };
}

export type SignInToSaveOutcome<T> = Outcome<T> & { signInError?: string; signedInAgain?: boolean };

type Guard<Schema extends z.ZodType, T> = Parameters<typeof guardedAction<Schema, T, "required">>[0];

/**
 * `guardedAction` for a form that must not lose what was typed when the session has ended (the idle
 * time-out, or quick exit in another tab). Signed out, the form is sent back with the person's words
 * and two more fields; sent again with them, this signs in (the same checks and limits as the
 * sign-in page) and runs the same guard, parse, ownership and work with the new session.
 */
export function guardedActionWithSignIn<Schema extends z.ZodType, T>(guard: Guard<Schema, T>) {
  const withCookie = guardedAction(guard);
  return async (raw: unknown): Promise<SignInToSaveOutcome<T>> => {
    const outcome = await withCookie(raw);
    if (outcome.ok || outcome.reason !== "signed-out" || !(raw instanceof FormData)) return outcome;
    const typed = signInSchema.safeParse({
      username: raw.get(SIGN_IN_TO_SAVE_FIELDS.username),
      passphrase: raw.get(SIGN_IN_TO_SAVE_FIELDS.passphrase),
    });
    if (!typed.success) return outcome;
    try {
      const refused = await startSignedIn(typed.data.username, typed.data.passphrase);
      if (refused) return { ...outcome, signInError: refused };
      const saved = await guarded(guard, sessionInCookieJar)(raw);
      return { ...saved, signedInAgain: true };
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logDatabaseUnavailable("action");
      return { ok: false, reason: "unavailable" };
    }
  };
}

/**
 * What a form shows when its post found the session ended: the "sign in and save" boxes, with why
 * signing in from them did not work (a fresh id each try, so the same message is announced again).
 */
export function signedOutState(outcome: SignInToSaveOutcome<unknown>) {
  if (outcome.ok || outcome.reason !== "signed-out") return {};
  const attempt = outcome.signInError ? { signInError: outcome.signInError, signInAttempt: randomUUID() } : {};
  return { signedOut: true, formError: undefined, ...attempt };
}
