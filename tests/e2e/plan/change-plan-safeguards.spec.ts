import { expect, test } from "@/tests/e2e/support/fixtures";
import { CHANGE_PLAN, mainForm, newPassphrase, signUp } from "@/tests/e2e/support/accounts";
import { changeBox, changeQuestion, marker, saveWithButton } from "@/tests/e2e/support/plan";

// Opening a locked copy runs Argon2 on the server.
const ARGON2_WAIT_MS = 15_000;
const { courtOrder } = changeQuestion;

test("answers sent after another tab saved stay chosen, and a second press saves them beside that tab's lines", async ({
  page,
  context,
}) => {
  const line = marker("Saved in the other tab ");
  await signUp(page, undefined, CHANGE_PLAN);
  await page.goto("/journal/questions");
  const other = await context.newPage();
  await other.goto("/journal");
  await changeBox(other, "What I do instead").fill(line);
  await saveWithButton(other);

  await page.getByRole("group", { name: courtOrder }).getByLabel("Yes", { exact: true }).check();
  await page.getByRole("button", { name: "Save my answers" }).click();
  await expect(mainForm(page).getByRole("alert")).toContainText("Your answers are still chosen");
  await expect(page.getByRole("group", { name: courtOrder }).getByLabel("Yes", { exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Save my answers" }).click();
  await expect(page).toHaveURL(/\/journal$/);
  await expect(page.locator(`[data-suggestion="time-out-under-a-no-contact-order"]`)).toBeVisible();
  await expect(changeBox(page, "What I do instead")).toHaveValue(line);
});

test("a copy of the safety plan is not brought back into the change plan", async ({ page }) => {
  test.setTimeout(60_000);
  const filePassphrase = newPassphrase();
  await signUp(page);
  await page.goto("/planner/export");
  await page.getByLabel("A passphrase for this copy").fill(filePassphrase);
  await page.getByLabel("The same passphrase again").fill(filePassphrase);
  await page.getByRole("button", { name: "Make a locked copy" }).click();
  const downloading = page.waitForEvent("download");
  await page.locator("[data-plan-file]").click({ timeout: ARGON2_WAIT_MS });
  const file = test.info().outputPath("safety-plan-copy.json");
  await (await downloading).saveAs(file);

  await page.goto("/journal/import");
  await page.getByLabel("The file you saved").setInputFiles(file);
  await page.getByLabel("The passphrase you chose for this file").fill(filePassphrase);
  await page.getByRole("button", { name: "Bring back my plan" }).click();
  await expect(page.locator("#field-file-error")).toHaveText(
    "This is a copy of the other kind of plan. Open it from that plan's page.",
    { timeout: ARGON2_WAIT_MS },
  );
});
