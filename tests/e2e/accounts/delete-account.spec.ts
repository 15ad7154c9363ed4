import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  BROWSER_COOKIE,
  cookieNames,
  expectFieldError,
  expectSignedOut,
  formAlert,
  SESSION_COOKIE,
  signUp,
  submitAndWait,
  submitSignIn,
  WAIT_MESSAGE,
  WRONG_SIGN_IN,
} from "@/tests/e2e/support/accounts";

const NOT_YOUR_PASSPHRASE = "That is not your passphrase, so nothing was deleted.";

async function submitDelete(page: Page, passphrase: string) {
  await page.goto("/account/delete");
  await page.getByLabel("Your passphrase").fill(passphrase);
  await submitAndWait(page, page.getByRole("button", { name: "Delete my account and everything in it" }));
}

test("deleting needs the account's passphrase, not the username on the page; then it removes the account and signs out", async ({
  page,
  context,
}) => {
  const account = await signUp(page);

  // Anyone holding the unlocked device can read the username off the account page.
  await submitDelete(page, account.username);
  await expectFieldError(page, "passphrase", NOT_YOUR_PASSPHRASE);
  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText(`Signed in as ${account.username}.`);

  await page.goto("/account/delete");
  await page.getByLabel("Your passphrase").fill(account.passphrase);
  await page.getByRole("button", { name: "Delete my account and everything in it" }).click();
  await expect(page).toHaveURL(/\/$/);
  // Nothing of the account is left in this browser: neither the session nor this browser's token.
  const names = await cookieNames(context);
  expect(names).not.toContain(SESSION_COOKIE);
  expect(names).not.toContain(BROWSER_COOKIE);
  await expectSignedOut(page);

  await submitSignIn(page, account.username, account.passphrase);
  await expect(formAlert(page)).toHaveText(WRONG_SIGN_IN);
});

test("someone with the signed-in device gets only a few guesses at the passphrase before being told to wait", async ({
  page,
}) => {
  // Six passphrase checks, each an Argon2 run of 64 MiB on the server.
  test.setTimeout(90_000);
  const account = await signUp(page);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await submitDelete(page, `a guess at it ${attempt}`);
    await expectFieldError(page, "passphrase", NOT_YOUR_PASSPHRASE);
  }

  await submitDelete(page, account.passphrase);
  await expect(formAlert(page)).toHaveText(WAIT_MESSAGE);
  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText(`Signed in as ${account.username}.`);
});
