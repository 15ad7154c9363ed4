import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { expectFieldError, fieldError, newPassphrase, signIn, signUp } from "@/tests/e2e/support/accounts";
import {
  addPerson,
  answerQuestions,
  journeyAnswers,
  marker,
  openSection,
  planSection,
  row,
  saveWithButton,
  type Person,
} from "@/tests/e2e/support/plan";

// Locking and opening the file each run Argon2 on the server.
const ARGON2_WAIT_MS = 15_000;

test("a locked copy shows what it would change, then brings the plan back; the plan it replaces stays in the history", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const before = { name: marker("Sam "), reach: marker("555-0123 ") };
  const after = { name: marker("Alex "), reach: marker("555-0456 ") };
  const filePassphrase = newPassphrase();

  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");
  await addPerson(page, before, "autosave");

  // Make the copy and download it.
  const file = await downloadCopy(page, filePassphrase);
  expect(path.basename(file)).toMatch(/^copy-\d{4}-\d{2}-\d{2}\.json$/);
  const locked = fs.readFileSync(file, "utf8");
  expect(locked, "the copy is locked").not.toContain(before.name.trim());
  expect(locked).not.toContain(before.reach.trim());

  // The plan changes: Sam goes, Alex comes.
  await openSection(page, "trusted-people");
  await row(page, before.name).getByLabel("Remove this from my plan when I press Save").check();
  await saveWithButton(page);
  await expect(row(page, before.name)).toHaveCount(0);
  await addPerson(page, after, "autosave");

  // A wrong passphrase for the file is named beside its field.
  await page.goto("/planner/import");
  const fileField = page.getByLabel("The file you saved");
  const passphraseField = page.getByLabel("The passphrase you chose for this file");
  const openCopy = page.getByRole("button", { name: "Open the copy" });
  await fileField.setInputFiles(file);
  await passphraseField.fill(newPassphrase());
  await openCopy.click();
  await expect(fieldError(page, "passphrase")).toBeVisible({ timeout: ARGON2_WAIT_MS });
  await expectFieldError(page, "passphrase", "That passphrase does not open this file.");

  // The copy opens and says what it would change; nothing is replaced until the person says so.
  await fileField.setInputFiles(file);
  await passphraseField.fill(filePassphrase);
  await openCopy.click();
  await expectPreview(page, after.name, before.name);
  const elsewhere = await context.newPage();
  await elsewhere.goto("/planner");
  await expect(planSection(elsewhere, "trusted-people")).toContainText(after.name);
  await expect(planSection(elsewhere, "trusted-people")).not.toContainText(before.name);

  await page.getByRole("button", { name: "Bring back my plan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your plan is back.");
  await expectBroughtBack(page, before, after);
  // The plan kept was the one with Alex instead of Sam.
  await expect(planSection(page, "trusted-people")).not.toContainText(before.name);
});

test.describe("without JavaScript", () => {
  test("a copy opened in a browser without JavaScript shows its changes before it replaces the plan", async ({
    page,
    openBrowser,
  }) => {
    test.setTimeout(120_000);
    const before = { name: marker("Sam "), reach: marker("555-0123 ") };
    const after = { name: marker("Alex "), reach: marker("555-0456 ") };
    const filePassphrase = newPassphrase();
    const account = await signUp(page);
    await answerQuestions(page, journeyAnswers);
    await openSection(page, "trusted-people");
    await addPerson(page, before, "button");
    const file = await downloadCopy(page, filePassphrase);
    await openSection(page, "trusted-people");
    await addPerson(page, after, "button");

    const plain = await (await openBrowser({ javaScriptEnabled: false })).newPage();
    await signIn(plain, account.username, account.passphrase);
    await plain.goto("/planner/import");
    await plain.getByLabel("The file you saved").setInputFiles(file);
    await plain.getByLabel("The passphrase you chose for this file").fill(filePassphrase);
    await plain.getByRole("button", { name: "Open the copy" }).click();
    await expectPreview(plain, after.name, undefined);
    await page.goto("/planner");
    await expect(planSection(page, "trusted-people")).toContainText(after.name);

    await plain.getByRole("button", { name: "Bring back my plan" }).click();
    await expect(plain.getByRole("main").getByRole("status")).toContainText("Your plan is back.");
    await expectBroughtBack(plain, before, after);
  });
});

/** Locks a copy of the plan under `passphrase` and saves the download; returns its path. */
async function downloadCopy(page: Page, passphrase: string): Promise<string> {
  await page.goto("/planner/export");
  await page.getByLabel("A passphrase for this copy").fill(passphrase);
  await page.getByLabel("The same passphrase again").fill(passphrase);
  await page.getByRole("button", { name: "Make a locked copy" }).click();
  const link = page.locator("[data-plan-file]");
  await expect(link).toHaveText(/^Download copy-\d{4}-\d{2}-\d{2}\.json$/, { timeout: ARGON2_WAIT_MS });
  const downloading = page.waitForEvent("download");
  await link.click();
  const download = await downloading;
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** The preview names what the copy adds and removes, and says nothing is replaced yet. */
async function expectPreview(page: Page, removed: string, added: string | undefined): Promise<void> {
  const preview = page.getByRole("region", { name: "What this copy would change" });
  await expect(preview.getByRole("status")).toHaveText("The copy is open. Nothing has been replaced yet.", {
    timeout: ARGON2_WAIT_MS,
  });
  const changes = preview.locator("[data-import-changes] > li");
  await expect(changes.filter({ hasText: `You removed a trusted person: “${removed}”.` })).toHaveCount(1);
  if (added) await expect(changes.filter({ hasText: `You added a trusted person: “${added}”.` })).toHaveCount(1);
}

/** The copy is the plan now; the plan it replaced is kept in the history, just below. */
async function expectBroughtBack(page: Page, before: Person, after: Person): Promise<void> {
  await page.goto("/planner");
  await expect(planSection(page, "trusted-people")).toContainText(`${before.name} · ${before.reach}`);
  await expect(planSection(page, "trusted-people")).not.toContainText(after.name);
  await page.goto("/planner/history");
  const snapshots = page.locator("[data-revisions] [data-revision] a");
  await expect(snapshots.first()).toHaveText("Brought back from a copy");
  await expect(snapshots.nth(1)).toHaveText("Your plan just before you brought back a copy");
  await snapshots.nth(1).click();
  await expect(planSection(page, "trusted-people")).toContainText(`${after.name} · ${after.reach}`);
}
