import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  expectFieldError,
  expectSignedInAs,
  expectSignedOut,
  fillSignUp,
  formAlert,
  newPassphrase,
  OFFERED_USERNAME,
  offeredUsername,
  RECOVERY_CODE_FORMAT,
  signIn,
  signOut,
  signUp,
  submitSignIn,
  WRONG_SIGN_IN,
} from "@/tests/e2e/support/accounts";

// Every account form posts as a plain HTML form, so each works with JavaScript turned off.
test.use({ javaScriptEnabled: false });

test("sign-up, with its errors, another username and its recovery code, works without JavaScript", async ({ page }) => {
  const offered = await fillSignUp(page, "short");
  await expectFieldError(page, "passphrase", "Use at least 12 characters. Several random words work well.");
  await expect(offeredUsername(page)).toHaveText(offered);

  await page.getByRole("button", { name: "Give me another username" }).click();
  await expect(offeredUsername(page)).toHaveText(OFFERED_USERNAME);
  await expect(offeredUsername(page)).not.toHaveText(offered);
  const another = (await offeredUsername(page).textContent())?.trim();

  const account = await signUp(page);
  expect(account.username).toBe(another);
  await page.goto("/sign-up");
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(account.recoveryCode)).toHaveCount(0);
});

test("sign-in and sign-out work without JavaScript", async ({ page }) => {
  const account = await signUp(page);
  await signOut(page);
  await expectSignedOut(page);

  await submitSignIn(page, account.username, "not the right passphrase");
  await expect(formAlert(page)).toHaveText(WRONG_SIGN_IN);
  await expect(page.getByLabel("Username")).toHaveValue(account.username);
  await signIn(page, account.username, account.passphrase);
});

test("changing the passphrase works without JavaScript", async ({ page }) => {
  const account = await signUp(page);
  const changed = newPassphrase();
  await page.goto("/account/passphrase");
  await page.getByLabel("Current passphrase").fill(account.passphrase);
  await page.getByLabel("New passphrase", { exact: true }).fill(changed);
  await page.getByLabel("New passphrase again").fill(changed);
  await page.getByRole("button", { name: "Change passphrase" }).click();
  await expect(page.getByText("Your passphrase is changed.")).toBeVisible();

  await signOut(page);
  await signIn(page, account.username, changed);
});

test("recovery works without JavaScript", async ({ page }) => {
  const account = await signUp(page);
  await signOut(page);
  const recovered = newPassphrase();
  await page.goto("/recover");
  await page.getByLabel("Username").fill(account.username);
  await page.getByLabel("Recovery code").fill(account.recoveryCode);
  await page.getByLabel("New passphrase", { exact: true }).fill(recovered);
  await page.getByLabel("New passphrase again").fill(recovered);
  await page.getByRole("button", { name: "Set new passphrase" }).click();
  await expect(page.locator("[data-recovery-code]")).toHaveText(RECOVERY_CODE_FORMAT);
  await page.getByRole("link", { name: "I have written it down. Continue" }).click();
  await expectSignedInAs(page, account.username);
});

test("the list of sessions and its sign-out buttons work without JavaScript", async ({ page, openBrowser }) => {
  const account = await signUp(page);
  const other = await (await openBrowser({ javaScriptEnabled: false })).newPage();
  await signIn(other, account.username, account.passphrase);

  await page.goto("/account/sessions");
  await page.getByRole("button", { name: "Sign out this browser" }).click();
  await expect(page.locator("[data-session]")).toHaveCount(1);
  await expectSignedOut(other);

  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectSignedOut(page);
});

test("deleting the account works without JavaScript", async ({ page }) => {
  const account = await signUp(page);
  await page.goto("/account/delete");
  const passphrase = page.getByLabel("Your passphrase");
  const deleteButton = page.getByRole("button", { name: "Delete my account and everything in it" });

  await passphrase.fill(account.username);
  await deleteButton.click();
  await expectFieldError(page, "passphrase", "That is not your passphrase, so nothing was deleted.");

  await passphrase.fill(account.passphrase);
  await deleteButton.click();
  await expect(page).toHaveURL(/\/$/);
  await submitSignIn(page, account.username, account.passphrase);
  await expect(formAlert(page)).toHaveText(WRONG_SIGN_IN);
});
