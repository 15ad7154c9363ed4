import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  formAlert,
  signIn,
  signOut,
  signUp,
  submitSignIn,
  WAIT_MESSAGE,
  WRONG_SIGN_IN,
} from "@/tests/e2e/support/accounts";

// Five free tries for each browser that knows the account, and five for all other browsers together (lib/auth/limits.ts).
const FREE_TRIES = 5;

test("after repeated wrong tries the next try must wait, and then the owner's passphrase works", async ({ page }) => {
  const account = await signUp(page);
  await signOut(page);

  for (let attempt = 1; attempt <= FREE_TRIES; attempt += 1) {
    await submitSignIn(page, account.username, `wrong guess number ${attempt}`);
    await expect(formAlert(page), `wrong try ${attempt}`).toHaveText(WRONG_SIGN_IN);
  }
  // The next try waits, even with the right passphrase: it is not checked at all.
  await submitSignIn(page, account.username, account.passphrase);
  await expect(formAlert(page)).toHaveText(WAIT_MESSAGE);
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByLabel("Username")).toHaveValue(account.username);

  // The wait is SIGN_IN_DELAY_SECONDS (2 in these tests); the owner gets in once it has passed.
  await expect(async () => {
    await submitSignIn(page, account.username, account.passphrase);
    await expect(page).toHaveURL(/\/account$/, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("main")).toContainText(`Signed in as ${account.username}.`);
});

test("strangers' guesses make other browsers wait, but never the browser the owner signed up on", async ({
  page,
  openBrowser,
}) => {
  const account = await signUp(page);
  await signOut(page);
  const stranger = await (await openBrowser()).newPage();
  for (let attempt = 1; attempt <= FREE_TRIES; attempt += 1) {
    await submitSignIn(stranger, account.username, `a stranger's guess ${attempt}`);
    await expect(formAlert(stranger), `guess ${attempt}`).toHaveText(WRONG_SIGN_IN);
  }
  await submitSignIn(stranger, account.username, "one more guess");
  await expect(formAlert(stranger)).toHaveText(WAIT_MESSAGE);

  // Signing out kept this browser's token, so the owner gets straight in (tests/db/sign-in-limits.test.ts
  // and tests/reliability/guessing.test.ts show the same after 100 guesses from 100 addresses).
  await signIn(page, account.username, account.passphrase);
});
