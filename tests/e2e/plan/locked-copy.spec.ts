import fs from "node:fs";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { expectFieldError, fieldError, newPassphrase, signUp } from "@/tests/e2e/support/accounts";
import {
  addPerson,
  answerQuestions,
  journeyAnswers,
  marker,
  openSection,
  planSection,
  row,
  saveWithButton,
} from "@/tests/e2e/support/plan";

// Locking and opening the file each run Argon2 on the server.
const ARGON2_WAIT_MS = 15_000;

test("a locked copy brings the plan back; the plan it replaces stays in the history", async ({ page }) => {
  test.setTimeout(90_000);
  const before = { name: marker("Sam "), reach: marker("555-0123 ") };
  const after = { name: marker("Alex "), reach: marker("555-0456 ") };
  const filePassphrase = newPassphrase();

  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");
  await addPerson(page, before, "autosave");

  // Make the copy and download it.
  await page.goto("/planner/export");
  await page.getByLabel("A passphrase for this copy").fill(filePassphrase);
  await page.getByLabel("The same passphrase again").fill(filePassphrase);
  await page.getByRole("button", { name: "Make a locked copy" }).click();
  const link = page.locator("[data-plan-file]");
  await expect(link).toHaveText(/^Download copy-\d{4}-\d{2}-\d{2}\.json$/, { timeout: ARGON2_WAIT_MS });
  const downloading = page.waitForEvent("download");
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^copy-\d{4}-\d{2}-\d{2}\.json$/);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
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
  const bringBack = page.getByRole("button", { name: "Bring back my plan" });
  await fileField.setInputFiles(file);
  await passphraseField.fill(newPassphrase());
  await bringBack.click();
  await expect(fieldError(page, "passphrase")).toBeVisible({ timeout: ARGON2_WAIT_MS });
  await expectFieldError(page, "passphrase", "That passphrase does not open this file.");

  await fileField.setInputFiles(file);
  await passphraseField.fill(filePassphrase);
  await bringBack.click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your plan is back.", {
    timeout: ARGON2_WAIT_MS,
  });

  await page.goto("/planner");
  await expect(planSection(page, "trusted-people")).toContainText(`${before.name} · ${before.reach}`);
  await expect(planSection(page, "trusted-people")).not.toContainText(after.name);

  // The replaced plan, with Alex, is in the history.
  await page.goto("/planner/history");
  const snapshots = page.locator("[data-revisions] a");
  await expect(snapshots.first()).toHaveText("Brought back from a copy");
  await snapshots.nth(1).click();
  await expect(planSection(page, "trusted-people")).toContainText(`${after.name} · ${after.reach}`);
  await expect(planSection(page, "trusted-people")).not.toContainText(before.name);
});
