/** Shown beside every new-passphrase field. Kept apart so forms in the browser need not load the schemas. */
export const PASSPHRASE_HINT =
  "At least 12 characters. Several random words are easy to remember and hard to guess, like “orbit maple lantern quietly”.";
