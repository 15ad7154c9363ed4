import { FormField } from "@/components/forms/form-field";
import { SIGN_IN_TO_SAVE_FIELDS } from "@/lib/auth/sign-in-to-save-fields";

export const SIGN_IN_TO_SAVE_ID = "sign-in-to-save";

/** From the server: the idle time-out to name, and the sign-in schema's limits for the two boxes. */
export type SignInSettings = { idleMinutes: number; maxLengths: Record<string, number> };

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
  return (
    <section
      id={SIGN_IN_TO_SAVE_ID}
      aria-labelledby={`${SIGN_IN_TO_SAVE_ID}-heading`}
      className="mb-6 rounded-md border-2 border-exit p-4"
    >
      <h2 id={`${SIGN_IN_TO_SAVE_ID}-heading`} className="mt-0">
        You were signed out, so this is not saved yet
      </h2>
      <p role="alert">
        What you wrote is still on this page, and only here. To keep it, sign in below and press “Sign in and save”. If
        you leave or close this page first, it is lost.
      </p>
      {error && <p className="rounded-md border-l-4 border-exit bg-red-50 p-3 font-bold">{error}</p>}
      <FormField name={username} label="Username" maxLength={settings.maxLengths[username]} />
      {/* A new field after each refused try, so a passphrase typed once is not left sitting in the page. */}
      <FormField
        key={attempt}
        name={passphrase}
        label="Passphrase"
        type="password"
        maxLength={settings.maxLengths[passphrase]}
      />
      <button type="submit" className="min-h-11 rounded-md bg-ink px-5 py-2 font-bold text-white">
        Sign in and save
      </button>
      <p className="mt-3 mb-0 text-sm text-muted">
        You are signed out after {settings.idleMinutes} minutes without activity, and when quick exit is used in any
        tab.
      </p>
    </section>
  );
}
