import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  expectFieldError,
  expectSignedInAs,
  fillSignUp,
  formAlert,
  newPassphrase,
  offeredUsername,
  submitSignIn,
  WRONG_SIGN_IN,
} from "@/tests/e2e/support/accounts";

/** The form is back, with the error beside its field and the same username offered, and no code was made. */
async function expectRefused(page: Page, field: string, message: string, username: string) {
  await expectFieldError(page, field, message);
  await expect(page.locator("[data-recovery-code]")).toHaveCount(0);
  await expect(offeredUsername(page)).toHaveText(username);
  await expect(page.getByLabel("Passphrase", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Passphrase again")).toHaveValue("");
}

/** After a refusal, the same page goes on to make the account under the username it offered. */
async function expectSignUpWith(page: Page, username: string) {
  expect(await fillSignUp(page, newPassphrase())).toBe(username);
  await expect(page.locator("[data-new-username]")).toHaveText(username, { timeout: 15_000 });
}

test("a short passphrase is refused beside its field, and no account is made", async ({ page }) => {
  const username = await fillSignUp(page, "too short");
  await expectRefused(page, "passphrase", "Use at least 12 characters. Several random words work well.", username);
  await expectSignUpWith(page, username);
});

for (const common of ["password1234", "qwerty123456"]) {
  test(`a common password (${common}) is refused beside its field, and no account is made`, async ({ page }) => {
    const username = await fillSignUp(page, common);
    await expectRefused(
      page,
      "passphrase",
      "That passphrase is on a list of common passwords. Try a few random words instead.",
      username,
    );
    await expectSignUpWith(page, username);
  });
}

test("a confirmation that does not match is refused beside it, and no account is made", async ({ page }) => {
  const username = await fillSignUp(page, newPassphrase(), newPassphrase());
  await expectRefused(page, "confirmPassphrase", "The two passphrases are not the same.", username);
  await expectSignUpWith(page, username);
});

test("a username slipped into the form is ignored: the account gets the one offered, and no name can be tried", async ({
  page,
  openBrowser,
}) => {
  const owner = await (await openBrowser()).newPage();
  const ownerName = await fillSignUp(owner, newPassphrase());
  await expect(owner.locator("[data-new-username]")).toHaveText(ownerName, { timeout: 15_000 });

  // Someone who knows or guesses that name adds it to the form, hoping to hear "taken".
  await page.goto("/sign-up");
  const offered = (await offeredUsername(page).textContent())?.trim() ?? "";
  await page.locator("form:has(#field-passphrase)").evaluate((form, name) => {
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = "username";
    field.value = name;
    form.append(field);
  }, ownerName);
  const passphrase = newPassphrase();
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel("Passphrase again").fill(passphrase);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.locator("[data-new-username]")).toHaveText(offered, { timeout: 15_000 });
  await page.getByRole("link", { name: "I have written it down. Continue" }).click();
  await expect(page).toHaveURL(/\/planner\/questions$/);
  await page.goto("/account");
  await expectSignedInAs(page, offered);
  const stranger = await (await openBrowser()).newPage();
  await submitSignIn(stranger, ownerName, passphrase);
  await expect(formAlert(stranger)).toHaveText(WRONG_SIGN_IN);
});
