import type { Cookie } from "@playwright/test";
import { expectOnNeutralSite, quickExitButton } from "@/tests/e2e/support/app-page";
import { sessionCookie, signUp } from "@/tests/e2e/support/accounts";
import { expect, test, type OpenBrowser } from "@/tests/e2e/support/fixtures";

/** A browser that has nothing but the copied cookie is sent to sign in: the session is over. */
async function expectCookieOpensNothing(openBrowser: OpenBrowser, cookie: Cookie) {
  const page = await (await openBrowser()).newPage();
  await page.context().addCookies([cookie]);
  // The beacon that ends the session is sent while the browser leaves, so it may land a moment later.
  await expect(async () => {
    await page.goto("/account");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  }).toPass({ timeout: 10_000 });
}

test("Quick exit ends the session: the cookie it leaves behind opens nothing", async ({
  page,
  context,
  openBrowser,
}) => {
  await signUp(page);
  const cookie = await sessionCookie(context);

  // The cookie opens the account in a fresh browser before the exit, so the check below means something.
  const before = await (await openBrowser()).newPage();
  await before.context().addCookies([cookie]);
  await before.goto("/account");
  await expect(before).toHaveURL(/\/account$/);

  await quickExitButton(page).click();
  await expectOnNeutralSite(page);
  await expectCookieOpensNothing(openBrowser, cookie);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Quick exit link, GET /exit, ends the session", async ({ page, context, openBrowser }) => {
    await signUp(page);
    await page.goto("/account");
    const cookie = await sessionCookie(context);

    await quickExitButton(page).click();
    await expectOnNeutralSite(page);
    await expectCookieOpensNothing(openBrowser, cookie);

    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});
