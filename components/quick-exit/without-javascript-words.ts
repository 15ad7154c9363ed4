/**
 * What quick exit does when JavaScript is off, in the words the About page and the note under the
 * button both use. components/quick-exit/quick-exit-back-without-javascript.spec.ts holds these
 * words to what the browser really does: change one, and the test fails until the other agrees.
 */
export const withoutJavaScript = {
  back: "Pressing Back shows the page you were on again, because without JavaScript the site cannot take it out of the browser's history.",
  plan: "A page of your plan does not come back with it: you are signed out, so it asks you to sign in.",
  note: "JavaScript is off, so after Quick exit the Back button shows this page again.",
} as const;
