import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  BROWSER_COOKIE,
  cookieNames,
  fieldError,
  fillSignUp,
  newPassphrase,
  SESSION_COOKIE,
  signIn,
  signOut,
  signUp,
  signUpUntilCode,
  submitSignIn,
} from "@/tests/e2e/support/accounts";
import { expectOnNeutralSite, quickExitButton } from "@/tests/e2e/support/app-page";

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

test("the session cookie ends with the browser, and no cookie holds the username", async ({ page, context }) => {
  test.setTimeout(60_000);
  const { username, passphrase } = await signUpUntilCode(page);
  // Right after sign-up, and again after a sign-in with the passphrase: each sets the cookie anew.
  for (const when of ["after sign-up", "after sign-in"]) {
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name === SESSION_COOKIE);
    // No Expires or Max-Age (-1): closing the browser ends it; the server times the session out as well.
    expect(session, when).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/", expires: -1 });
    for (const cookie of cookies) {
      expect(cookie.httpOnly, `${cookie.name} is HttpOnly (${when})`).toBe(true);
      expect(cookie.sameSite, `${cookie.name} is SameSite=Strict (${when})`).toBe("Strict");
      expect(cookie.value).not.toContain(username);
    }
    await signOut(page);
    await signIn(page, username, passphrase);
  }
});

for (const javaScriptEnabled of [true, false]) {
  test(`the only cookie kept after signing out is this browser's token; quick exit takes it too (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    openBrowser,
  }) => {
    const page = await (await openBrowser({ javaScriptEnabled })).newPage();
    const context = page.context();
    await signUp(page);
    const token = (await context.cookies()).find((cookie) => cookie.name === BROWSER_COOKIE);
    // A neutral name, an opaque value, kept for the next visit.
    expect(token).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    expect(token?.expires).toBeGreaterThan(Date.now() / 1000 + 30 * 24 * 60 * 60);

    await signOut(page);
    expect(await cookieNames(context)).toEqual([BROWSER_COOKIE]);

    await page.goto("/links");
    await quickExitButton(page).click();
    await expectOnNeutralSite(page);
    // With JavaScript the exit is told to the server by a beacon, which may land a moment later.
    await expect.poll(() => cookieNames(context)).toEqual([]);
  });
}

test("no account page stores anything in localStorage or sessionStorage, and no address holds personal data", async ({
  page,
}) => {
  const visited: string[] = [];
  page.context().on("request", (request) => visited.push(request.url()));

  await page.goto("/sign-up");
  await expectNothingInWebStorage(page);
  await fillSignUp(page, "tiny pass 7");
  await expect(fieldError(page, "passphrase")).toBeVisible();
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

  const secrets = [account.username, account.passphrase, account.recoveryCode, "tiny pass 7"];
  const forms = secrets.flatMap((secret) => [secret, encodeURIComponent(secret), secret.replaceAll(" ", "+")]);
  expect(visited.length).toBeGreaterThan(10);
  for (const address of visited) {
    const decoded = safeDecode(address);
    for (const secret of forms)
      expect(decoded.includes(secret) || address.includes(secret), `${address} holds "${secret}"`).toBe(false);
  }
});
