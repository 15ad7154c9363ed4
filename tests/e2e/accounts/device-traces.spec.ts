import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  fillSignUp,
  newPassphrase,
  SESSION_COOKIE,
  signIn,
  signOut,
  signUpUntilCode,
  submitSignIn,
} from "@/tests/e2e/support/accounts";

async function expectNothingInWebStorage(page: Page) {
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  expect(stored, `web storage on ${new URL(page.url()).pathname}`).toEqual({ local: 0, session: 0 });
}

function safeDecode(address: string): string {
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}

test("the session cookie is HttpOnly and SameSite=Strict, and no cookie holds the username", async ({ page, context }) => {
  const { username, passphrase } = await signUpUntilCode(page);
  await signOut(page);
  await signIn(page, username, passphrase);

  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name === SESSION_COOKIE);
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
  for (const cookie of cookies) {
    expect(cookie.httpOnly, `${cookie.name} is HttpOnly`).toBe(true);
    expect(cookie.value).not.toContain(username);
  }
});

test("no account page stores anything in localStorage or sessionStorage, and no address holds personal data", async ({
  page,
}) => {
  const visited: string[] = [];
  page.context().on("request", (request) => visited.push(request.url()));

  await page.goto("/sign-up");
  await expectNothingInWebStorage(page);
  await fillSignUp(page, "bad name", "tiny pass 7");
  await expectNothingInWebStorage(page);
  const account = await signUpUntilCode(page);
  await expectNothingInWebStorage(page);
  await page.getByRole("link", { name: "I have written it down. Continue" }).click();
  for (const address of ["/account", "/account/passphrase", "/account/sessions", "/account/delete"]) {
    await page.goto(address);
    await expect(page).toHaveURL(new RegExp(`${address}$`));
    await expectNothingInWebStorage(page);
  }
  await signOut(page);
  for (const address of ["/sign-in", "/recover"]) {
    await page.goto(address);
    await expectNothingInWebStorage(page);
  }
  await submitSignIn(page, account.username, newPassphrase());
  await expectNothingInWebStorage(page);
  await signIn(page, account.username, account.passphrase);
  await expectNothingInWebStorage(page);

  const secrets = [account.username, account.passphrase, account.recoveryCode, "bad name", "tiny pass 7"];
  const forms = secrets.flatMap((secret) => [secret, encodeURIComponent(secret), secret.replaceAll(" ", "+")]);
  expect(visited.length).toBeGreaterThan(10);
  for (const address of visited) {
    const decoded = safeDecode(address);
    for (const secret of forms) expect(decoded.includes(secret) || address.includes(secret), `${address} holds "${secret}"`).toBe(false);
  }
});
