import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { expectFieldError, fillSignUp, newPassphrase, signUp, uniqueUsername } from "@/tests/e2e/support/accounts";

/** The form is back, with the error beside its field and the username kept, and no code was made. */
async function expectRefused(page: Page, field: string, message: string, username: string) {
  await expectFieldError(page, field, message);
  await expect(page.locator("[data-recovery-code]")).toHaveCount(0);
  await expect(page.getByLabel("Username")).toHaveValue(username);
  await expect(page.getByLabel("Passphrase", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Passphrase again")).toHaveValue("");
}

test("a short passphrase is refused beside its field, and no account is made", async ({ page }) => {
  const username = uniqueUsername();
  await fillSignUp(page, username, "too short");
  await expectRefused(page, "passphrase", "Use at least 12 characters. Several random words work well.", username);
  await signUp(page, username);
});

for (const common of ["password1234", "qwerty123456"]) {
  test(`a common password (${common}) is refused beside its field, and no account is made`, async ({ page }) => {
    const username = uniqueUsername();
    await fillSignUp(page, username, common);
    await expectRefused(
      page,
      "passphrase",
      "That passphrase is on a list of common passwords. Try a few random words instead.",
      username,
    );
    await signUp(page, username);
  });
}

test("a confirmation that does not match is refused beside it, and no account is made", async ({ page }) => {
  const username = uniqueUsername();
  await fillSignUp(page, username, newPassphrase(), newPassphrase());
  await expectRefused(page, "confirmPassphrase", "The two passphrases are not the same.", username);
  await signUp(page, username);
});

test("a username with spaces or other characters is refused beside its field", async ({ page }) => {
  for (const username of ["has space", "slash/name", "at@sign"]) {
    await fillSignUp(page, username, newPassphrase());
    await expectRefused(page, "username", "Use letters, numbers, dots, dashes or underscores, with no spaces.", username);
  }
});

test("a username that is taken is refused beside its field", async ({ page, openBrowser }) => {
  const { username } = await signUp(page);
  const other = await (await openBrowser()).newPage();
  await fillSignUp(other, username, newPassphrase());
  await expectRefused(other, "username", "That username is taken. Please choose another.", username);
});
