import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  BROWSER_COOKIE,
  cookieNames,
  expectSignedOut,
  SESSION_COOKIE,
  signIn,
  signUp,
} from "@/tests/e2e/support/accounts";

function sessionEntries(page: Page) {
  return page.locator("[data-session]");
}

/** The entry whose heading is exactly this ("Sign out this browser" is a button, not a heading). */
function sessionEntry(page: Page, heading: "This browser" | "Another browser") {
  return sessionEntries(page).filter({ has: page.getByText(heading, { exact: true }) });
}

test("one browser sees the other in its list and signs it out", async ({ page, openBrowser }) => {
  const account = await signUp(page);
  const other = await (await openBrowser()).newPage();
  await signIn(other, account.username, account.passphrase);

  await page.goto("/account/sessions");
  await expect(sessionEntries(page)).toHaveCount(2);
  await expect(sessionEntry(page, "This browser")).toHaveCount(1);
  const otherEntry = sessionEntry(page, "Another browser");
  await expect(otherEntry).toHaveCount(1);
  await expect(sessionEntry(page, "This browser").getByRole("button")).toHaveCount(0);

  await otherEntry.getByRole("button", { name: "Sign out this browser" }).click();
  await expect(sessionEntries(page)).toHaveCount(1);
  await expect(sessionEntry(page, "This browser")).toHaveCount(1);
  await expect(page).toHaveURL(/\/account\/sessions$/);

  await other.reload();
  await expect(other).toHaveURL(/\/sign-in$/);
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
