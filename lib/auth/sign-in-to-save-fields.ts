/** The fields a form adds once the session has ended, so the person can sign in and save at once. */
export const SIGN_IN_TO_SAVE_FIELDS = { username: "signInUsername", passphrase: "signInPassphrase" } as const;

/** Never sent back into a page: the passphrase above all, and the username with it. */
export const isSignInField = (name: string) =>
  name === SIGN_IN_TO_SAVE_FIELDS.username || name === SIGN_IN_TO_SAVE_FIELDS.passphrase;
