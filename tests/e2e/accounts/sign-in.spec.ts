import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  expectSignedOut,
  FIRST_SIGN_IN,
  formAlert,
  sessionCookie,
  signIn,
  signOut,
  signUp,
  submitSignIn,
  uniqueUsername,
  WRONG_SIGN_IN,
} from "@/tests/e2e/support/accounts";

test("signing in again shows when the account was last signed in, not the first-time line", async ({ page }) => {
  const account = await signUp(page);
  await signOut(page);
  await expectSignedOut(page);

  await signIn(page, account.username, account.passphrase);
  const lastSignIn = page.locator("[data-last-sign-in]");
  await expect(lastSignIn).toContainText("Before this visit, this account was last signed in just now");
  await expect(lastSignIn).not.toContainText(FIRST_SIGN_IN);
});

test("after signing out, the old session cookie opens nothing", async ({ page, context }) => {
  await signUp(page);
  const oldCookie = await sessionCookie(context);
  await signOut(page);

  await context.addCookies([oldCookie]);
  expect((await context.cookies()).map((cookie) => cookie.value)).toContain(oldCookie.value);
  await expectSignedOut(page);
});

test("a wrong passphrase and an unknown username get the same message, and only the username is kept", async ({
  page,
}) => {
  const account = await signUp(page);
  await signOut(page);
  const main = page.getByRole("main");

  await submitSignIn(page, account.username, "not the right passphrase");
  await expect(formAlert(page)).toHaveText(WRONG_SIGN_IN);
  await expect(page.getByLabel("Username")).toHaveValue(account.username);
  await expect(page.getByLabel("Passphrase")).toHaveValue("");
  const afterWrongPassphrase = await main.innerText();

  const unknown = uniqueUsername("nobody");
  await submitSignIn(page, unknown, account.passphrase);
  await expect(page.getByLabel("Username")).toHaveValue(unknown);
  await expect(formAlert(page)).toHaveText(WRONG_SIGN_IN);
  await expect(page.getByLabel("Passphrase")).toHaveValue("");
  expect(await main.innerText()).toBe(afterWrongPassphrase);

  await expect(page).toHaveURL(/\/sign-in$/);
  await expectSignedOut(page);
});
