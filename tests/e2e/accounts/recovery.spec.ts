import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  expectSignedInAs,
  formAlert,
  newPassphrase,
  RECOVERY_CODE_FORMAT,
  signIn,
  signOut,
  signUp,
  submitAndWait,
  submitSignIn,
  WRONG_RECOVERY,
  WRONG_SIGN_IN,
} from "@/tests/e2e/support/accounts";

async function submitRecovery(page: Page, username: string, code: string, passphrase: string) {
  await page.goto("/recover");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Recovery code").fill(code);
  await page.getByLabel("New passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel("New passphrase again").fill(passphrase);
  await submitAndWait(page, page.getByRole("button", { name: "Set new passphrase" }));
}

test("the recovery code sets a new passphrase and signs in, with a new code; the old code then stops working", async ({
  page,
}) => {
  const account = await signUp(page);
  await signOut(page);

  const recovered = newPassphrase();
  await submitRecovery(page, account.username, account.recoveryCode, recovered);
  await expect(page.getByText("Your new passphrase is set, and you are signed in.")).toBeVisible();
  const newCode = page.locator("[data-recovery-code]");
  await expect(newCode).toHaveText(RECOVERY_CODE_FORMAT);
  await expect(newCode).not.toHaveText(account.recoveryCode);
  const secondCode = (await newCode.textContent())?.trim() ?? "";

  await page.getByRole("link", { name: "I have written it down. Continue" }).click();
  await expectSignedInAs(page, account.username);
  await signOut(page);

  // The first code is spent.
  await submitRecovery(page, account.username, account.recoveryCode, newPassphrase());
  await expect(formAlert(page)).toHaveText(WRONG_RECOVERY);
  await expect(page.locator("[data-recovery-code]")).toHaveCount(0);

  // The old passphrase is gone; the new one opens the account, and the new code is still good.
  await submitSignIn(page, account.username, account.passphrase);
  await expect(formAlert(page)).toHaveText(WRONG_SIGN_IN);
  await signIn(page, account.username, recovered);
  await signOut(page);
  await submitRecovery(page, account.username, secondCode.toLowerCase(), newPassphrase());
  await expect(page.locator("[data-recovery-code]")).toHaveText(RECOVERY_CODE_FORMAT);
});

test("recovering signs out every browser that was signed in", async ({ page, openBrowser }) => {
  const account = await signUp(page);
  const other = await (await openBrowser()).newPage();

  await submitRecovery(other, account.username, account.recoveryCode, newPassphrase());
  await expect(other.locator("[data-recovery-code]")).toHaveText(RECOVERY_CODE_FORMAT);

  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in$/);
});
