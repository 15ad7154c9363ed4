import { signIn, signUp, submitAndWait } from "@/tests/e2e/support/accounts";
import { expectOnNeutralSite, quickExitButton } from "@/tests/e2e/support/app-page";
import { briefField, listedBrief, makeBriefFromPreview, previewBrief, startBriefFor } from "@/tests/e2e/support/briefs";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { addPerson, marker, openSection } from "@/tests/e2e/support/plan";

test.use({ javaScriptEnabled: false });

test("quick exit does not end her briefs, and a brief form sent after the session ended keeps her words", async ({
  page,
  context,
  openBrowser,
}) => {
  test.setTimeout(120_000);
  const ana = marker("Ana");
  const words = marker("see-you-sunday");
  const account = await signUp(page);
  await openSection(page, "trusted-people");
  await addPerson(page, { name: ana, helps: ["Give me a place to stay"] }, "button");
  await startBriefFor(page, ana);
  await previewBrief(page, { parts: { ownWords: true }, words: { ownWords: words } });
  const { link } = await makeBriefFromPreview(page);

  await quickExitButton(page).click();
  await expectOnNeutralSite(page);
  // The helper's link still opens after she left in a hurry.
  // The helper has JavaScript, which opens the note from the key in the link.
  const helper = await (await openBrowser({ javaScriptEnabled: true })).newPage();
  await helper.goto(link);
  await expect(helper.locator("#note-from-link")).toContainText(words);

  await signIn(page, account.username, account.passphrase);
  await startBriefFor(page, ana);
  const typed = marker("typed-before-the-end");
  await page.getByLabel(briefField.ownWords, { exact: true }).fill(typed);
  await page.getByLabel("Your own words", { exact: true }).check();
  await context.clearCookies();
  await submitAndWait(page, page.getByRole("button", { name: "See what they will see" }));
  await expect(page.getByRole("alert")).toHaveText("Your session has ended. Please sign in again.");
  await expect(page.getByLabel(briefField.ownWords, { exact: true })).toHaveValue(typed);

  await signIn(page, account.username, account.passphrase);
  await page.goto("/planner/briefs");
  await expect(listedBrief(page, ana)).toHaveCount(1);
});
