import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  expectFieldError,
  expectSignedOut,
  formAlert,
  SESSION_COOKIE,
  signUp,
  submitAndWait,
  submitSignIn,
  WRONG_SIGN_IN,
} from "@/tests/e2e/support/accounts";

test("deleting needs the account's own username, then removes the account and signs out", async ({ page, context }) => {
  const account = await signUp(page);
  const confirm = page.getByLabel("Type your username to confirm");
  const deleteButton = page.getByRole("button", { name: "Delete my account and everything in it" });

  await page.goto("/account/delete");
  await confirm.fill(`${account.username}x`);
  await submitAndWait(page, deleteButton);
  await expectFieldError(page, "confirmUsername", "That is not this account's username.");
  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText(`Signed in as ${account.username}.`);

  await page.goto("/account/delete");
  await confirm.fill(account.username);
  await deleteButton.click();
  await expect(page).toHaveURL(/\/$/);
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain(SESSION_COOKIE);
  await expectSignedOut(page);

  await submitSignIn(page, account.username, account.passphrase);
  await expect(formAlert(page)).toHaveText(WRONG_SIGN_IN);

  await signUp(page, account.username);
});
