import type { Page } from "@playwright/test";
import { expect, newNetworkAddress, test } from "@/tests/e2e/support/fixtures";
import {
  BROWSER_COOKIE,
  cookieNames,
  expectSignedOut,
  SESSION_COOKIE,
  signIn,
  signUp,
} from "@/tests/e2e/support/accounts";

// The browsers of these tests say what they are, so the list can be checked against it.
const THIS_BROWSER_AGENT =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
const PHONE_AGENT = "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0";
test.use({ userAgent: THIS_BROWSER_AGENT, timezoneId: "America/Vancouver" });

function sessionEntries(page: Page) {
  return page.locator("[data-session]");
}

/** The entry whose name is exactly this ("Sign out this browser" is a button, not a name). */
function sessionEntry(page: Page, name: string) {
  return sessionEntries(page).filter({ has: page.locator("[data-session-name]", { hasText: name }) });
}

test("one browser sees the other by its kind and the time it was used, never its address, and signs it out", async ({
  page,
  openBrowser,
}) => {
  const account = await signUp(page);
  const phoneAddress = newNetworkAddress();
  const phone = await (
    await openBrowser({ userAgent: PHONE_AGENT, extraHTTPHeaders: { "x-forwarded-for": phoneAddress } })
  ).newPage();
  await signIn(phone, account.username, account.passphrase);

  await page.goto("/account/sessions");
  await expect(sessionEntries(page)).toHaveCount(2);
  const here = sessionEntry(page, "This browser");
  await expect(here).toHaveCount(1);
  await expect(here).toContainText("Chrome on Windows. Signed in just now (");
  await expect(here.getByRole("button")).toHaveCount(0);
  const otherEntry = sessionEntry(page, "Firefox on Android");
  await expect(otherEntry).toHaveCount(1);
  await expect(otherEntry).toContainText(/Signed in just now \(.+\)\. Last active just now \(.+\)\./);
  await expect(otherEntry).not.toContainText("UTC");
  await expect(page.getByRole("main")).not.toContainText(phoneAddress);

  await otherEntry.getByRole("button", { name: "Sign out this browser" }).click();
  await expect(sessionEntries(page)).toHaveCount(1);
  await expect(sessionEntry(page, "This browser")).toHaveCount(1);
  await expect(page).toHaveURL(/\/account\/sessions$/);

  await phone.reload();
  await expect(phone).toHaveURL(/\/sign-in$/);
  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText(`Signed in as ${account.username}.`);
});

test("Sign out everywhere signs out this browser and every other one, and leaves nothing of the account here", async ({
  page,
  context,
  openBrowser,
}) => {
  const account = await signUp(page);
  const other = await (await openBrowser()).newPage();
  await signIn(other, account.username, account.passphrase);

  await page.goto("/account/sessions");
  await expect(sessionEntries(page)).toHaveCount(2);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/$/);
  // It ends on the sign-out route, which also takes the cookies out of this browser, its token too.
  const names = await cookieNames(context);
  expect(names).not.toContain(SESSION_COOKIE);
  expect(names).not.toContain(BROWSER_COOKIE);

  await expectSignedOut(page);
  await expectSignedOut(other);
});
