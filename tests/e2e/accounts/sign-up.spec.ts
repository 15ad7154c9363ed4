import { expect, test } from "@/tests/e2e/support/fixtures";
import { FIRST_SIGN_IN, RECOVERY_CODE_FORMAT, signOut, signUpUntilCode } from "@/tests/e2e/support/accounts";

test("sign-up shows the recovery code once, then continues to the account, signed in for the first time", async ({ page }) => {
  const account = await signUpUntilCode(page);
  expect(account.recoveryCode).toMatch(RECOVERY_CODE_FORMAT);
  await expect(page.getByRole("heading", { name: "Your recovery code" })).toBeVisible();
  await expect(page.getByText("It will not be shown again.")).toBeVisible();

  await page.getByRole("link", { name: "I have written it down. Continue" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("main")).toContainText(`Signed in as ${account.username}.`);
  await expect(page.locator("[data-last-sign-in]")).toHaveText(FIRST_SIGN_IN);
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
