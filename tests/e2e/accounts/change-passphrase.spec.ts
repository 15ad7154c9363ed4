import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  expectFieldError,
  formAlert,
  newPassphrase,
  signIn,
  signOut,
  signUp,
  submitAndWait,
  submitSignIn,
  WRONG_SIGN_IN,
} from "@/tests/e2e/support/accounts";

async function submitChange(page: Page, current: string, next: string, confirm = next) {
  await page.goto("/account/passphrase");
  await page.getByLabel("Current passphrase").fill(current);
  await page.getByLabel("New passphrase", { exact: true }).fill(next);
  await page.getByLabel("New passphrase again").fill(confirm);
  await submitAndWait(page, page.getByRole("button", { name: "Change passphrase" }));
}

test("a changed passphrase opens the same account, and the old one is refused", async ({ page }) => {
  const account = await signUp(page);
  const changed = newPassphrase();
  await submitChange(page, account.passphrase, changed);
  await expect(page.getByRole("status").filter({ hasText: "Your passphrase is changed." })).toBeVisible();
  await signOut(page);

  await submitSignIn(page, account.username, account.passphrase);
  await expect(formAlert(page)).toHaveText(WRONG_SIGN_IN);

  // "Signed in as" is read from the encrypted profile: the data key survived the change.
  await signIn(page, account.username, changed);
});

test("a wrong current passphrase or a weak new one is refused beside its field, and nothing changes", async ({
  page,
}) => {
  const account = await signUp(page);

  await submitChange(page, "not my passphrase at all", newPassphrase());
  await expectFieldError(page, "currentPassphrase", "That is not your current passphrase.");

  await submitChange(page, account.passphrase, "password1234");
  await expectFieldError(
    page,
    "passphrase",
    "That passphrase is on a list of common passwords. Try a few random words instead.",
  );

  await submitChange(page, account.passphrase, newPassphrase(), newPassphrase());
  await expectFieldError(page, "confirmPassphrase", "The two passphrases are not the same.");

  await signOut(page);
  await signIn(page, account.username, account.passphrase);
});
