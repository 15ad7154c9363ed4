import { expect, test } from "@/tests/e2e/support/fixtures";
import { formAlert, signOut, signUp, submitSignIn, WAIT_MESSAGE, WRONG_SIGN_IN } from "@/tests/e2e/support/accounts";

// One username from one browser has 5 free tries (lib/auth/rate-limit.ts); the next one waits.
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
