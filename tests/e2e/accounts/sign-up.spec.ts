import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  CONTINUE,
  FIRST_QUESTION,
  FIRST_SIGN_IN,
  newPassphrase,
  OFFERED_USERNAME,
  offeredUsername,
  expectSignedInAs,
  RECOVERY_CODE_FORMAT,
  SAFETY_PLAN,
  signOut,
  signUpUntilCode,
  submitSignIn,
} from "@/tests/e2e/support/accounts";

test("sign-up offers a username, shows it again with the recovery code, then continues signed in for the first time", async ({
  page,
}) => {
  const account = await signUpUntilCode(page);
  expect(account.username).toMatch(OFFERED_USERNAME);
  expect(account.recoveryCode).toMatch(RECOVERY_CODE_FORMAT);
  await expect(page.getByRole("heading", { name: "Your recovery code" })).toBeVisible();
  await expect(page.getByText("It will not be shown again.")).toBeVisible();

  // Straight to the plan's first question, not the account menu.
  await page.getByRole("link", { name: CONTINUE }).click();
  await expect(page).toHaveURL(FIRST_QUESTION[SAFETY_PLAN]);
  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText(`Signed in as ${account.username}.`);
  await expect(page.locator("[data-last-sign-in]")).toHaveText(FIRST_SIGN_IN);

  // Written down the way people copy by hand: capitals, and spaces for the dashes.
  await signOut(page);
  await submitSignIn(page, account.username.toUpperCase().replaceAll("-", " "), account.passphrase);
  await expectSignedInAs(page, account.username);
});

test("Give me another offers a different username and keeps the passphrase already typed", async ({ page }) => {
  await page.goto("/sign-up");
  const first = (await offeredUsername(page).textContent())?.trim();
  const passphrase = newPassphrase();
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);

  await page.getByRole("button", { name: "Give me another username" }).click();

  await expect(offeredUsername(page)).not.toHaveText(first ?? "");
  await expect(offeredUsername(page)).toHaveText(OFFERED_USERNAME);
  await expect(page.getByLabel("Passphrase", { exact: true })).toHaveValue(passphrase);
  const second = (await offeredUsername(page).textContent())?.trim();
  await page.getByLabel("Passphrase again").fill(passphrase);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("[data-new-username]")).toHaveText(second ?? "", { timeout: 15_000 });
});

test("reloading or coming back to the sign-up page never shows the recovery code again", async ({ page }) => {
  const { recoveryCode } = await signUpUntilCode(page);
  const codeOnPage = () => page.getByText(recoveryCode);

  await page.reload();
  await expect(page).toHaveURL(/\/account$/);
  await expect(codeOnPage()).toHaveCount(0);
  await expect(page.locator("[data-recovery-code]")).toHaveCount(0);

  await page.goto("/sign-up");
  await expect(page).toHaveURL(/\/account$/);
  await expect(codeOnPage()).toHaveCount(0);

  await page.goBack();
  await expect(codeOnPage()).toHaveCount(0);

  await signOut(page);
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create a private account");
  await expect(page.locator("[data-recovery-code]")).toHaveCount(0);
  await expect(codeOnPage()).toHaveCount(0);
});
