import { FormField } from "@/components/forms/form-field";
import { SIGN_IN_TO_SAVE_FIELDS } from "@/lib/auth/sign-in-to-save-fields";
import { fill } from "@/lib/plan/fill";
import type { ConflictWords } from "./conflict-notice";
import type { ErrorSummaryWords } from "./error-summary";

export const SIGN_IN_TO_SAVE_ID = "sign-in-to-save";

/** The box's words in the reader's language; `idle` has a `{minutes}`. */
export type SignInToSaveWords = {
  heading: string;
  intro: string;
  username: string;
  passphrase: string;
  submit: string;
  idle: string;
};

/**
 * From the server: the idle time-out to name, the sign-in schema's limits for the two boxes, and the
 * words of the notices every plan form shares.
 */
export type SignInSettings = {
  idleMinutes: number;
  maxLengths: Record<string, number>;
  words: { signIn: SignInToSaveWords; summary: ErrorSummaryWords; conflict: ConflictWords };
};

/**
 * Shown in a plan form once the session has ended (15 minutes without activity, or quick exit in
 * another tab). What the person wrote is still in the form; signing in here sends it together with
 * the username and passphrase, so it is saved in the same step. Nothing is kept anywhere else.
 */
export function SignInToSave({
  error,
  attempt,
  settings,
}: {
  error?: string;
  attempt?: string;
  settings: SignInSettings;
}) {
  const { username, passphrase } = SIGN_IN_TO_SAVE_FIELDS;
  const words = settings.words.signIn;
  return (
    <section
      id={SIGN_IN_TO_SAVE_ID}
      aria-labelledby={`${SIGN_IN_TO_SAVE_ID}-heading`}
      className="mb-6 rounded-md border-2 border-exit p-4"
    >
      <h2 id={`${SIGN_IN_TO_SAVE_ID}-heading`} className="mt-0">
        {words.heading}
      </h2>
      <p role="alert">{words.intro}</p>
      {error && <p className="rounded-md border-l-4 border-exit bg-red-50 p-3 font-bold">{error}</p>}
      <FormField name={username} label={words.username} maxLength={settings.maxLengths[username]} />
      {/* A new field after each refused try, so a passphrase typed once is not left sitting in the page. */}
      <FormField
        key={attempt}
        name={passphrase}
        label={words.passphrase}
        type="password"
        maxLength={settings.maxLengths[passphrase]}
      />
      <button type="submit" className="min-h-11 rounded-md bg-ink px-5 py-2 font-bold text-white">
        {words.submit}
      </button>
      <p className="mt-3 mb-0 text-sm text-muted">{fill(words.idle, { minutes: settings.idleMinutes })}</p>
    </section>
  );
}
