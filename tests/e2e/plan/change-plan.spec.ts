import fs from "node:fs";
import type { Page } from "@playwright/test";
import { neutralCode } from "@/lib/content/neutral-code";
import { guidePath } from "@/lib/site/site-routes";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { CHANGE_PLAN, CONTINUE, fillSignUp, mainForm, newPassphrase, signUp } from "@/tests/e2e/support/accounts";
import { changeBox, changeQuestion, marker, saveWithButton } from "@/tests/e2e/support/plan";

// Locking and opening the file each run Argon2 on the server, as does sign-up.
const ARGON2_WAIT_MS = 15_000;

const { courtOrder, children } = changeQuestion;
const tailoredIdea = "time-out-under-a-no-contact-order";

/** The change plan's lines to call, as the page shows them. */
const linesToCall = (page: Page) => page.locator("[data-crisis-lines]");

async function expectLinesToCall(page: Page) {
  await expect(linesToCall(page).locator("[data-line]").first()).toContainText("911");
  await expect(linesToCall(page)).toContainText("9-8-8 Suicide Crisis Helpline: 988");
  await expect(linesToCall(page)).toContainText("For people who want to stop using violence:");
  await expect(linesToCall(page).locator('[data-line="mens-counselling-link"]')).toContainText("Ontario");
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("from a guidance page, signed out: what the plan is, sign up, questions, a tailored idea, save, history, print and a locked copy", async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const line = marker("Walk to the park and call Dev ");

      // A guidance page for people who want to change links to the plan, which says what it is first.
      await page.goto(guidePath(neutralCode("guide", "wanting-to-change")));
      await page.getByRole("main").getByRole("link", { name: "change plan", exact: true }).click();
      await expect(page).toHaveURL(/\/journal$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("A plan to change how you act");
      await expect(page.getByRole("heading", { name: "What a change plan covers" })).toBeVisible();
      await expect(page.getByRole("main")).toContainText("What I do instead");
      await expectLinesToCall(page);
      await expect(page.getByRole("main").locator("form")).toHaveCount(0);

      // Then asks to sign in, or to make an account for a change plan.
      await page.getByRole("link", { name: "create a private account" }).click();
      await expect(page).toHaveURL(/\/sign-up$/);
      await fillSignUp(page, newPassphrase(), undefined, CHANGE_PLAN);
      await expect(page.locator("[data-recovery-code]")).toBeVisible({ timeout: ARGON2_WAIT_MS });
      await page.getByRole("link", { name: CONTINUE }).click();

      // Its own questions; the answers bring an idea that fits, saying why.
      await expect(page).toHaveURL(/\/journal\/questions$/);
      await page.getByRole("group", { name: courtOrder }).getByLabel("Yes", { exact: true }).check();
      await page.getByRole("group", { name: children }).getByLabel("Yes", { exact: true }).check();
      await page.getByRole("button", { name: "Save my answers" }).click();
      await expect(page).toHaveURL(/\/journal$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your change plan");
      const idea = page.locator(`[data-suggestion="${tailoredIdea}"]`);
      await expect(idea).toContainText(
        "Why you see this: You said there is a court order, bail or probation condition about contact.",
      );
      await expect(page.locator('[data-suggestion="a-parent-children-feel-safe-with"]')).toBeVisible();
      await expect(page.locator('[data-suggestion="after-a-program"]')).toHaveCount(0);
      await expectLinesToCall(page);

      // Save a line and the idea.
      await changeBox(page, "What I do instead").fill(line);
      await mainForm(page).locator(`#done-${tailoredIdea}`).check();
      await saveWithButton(page);

      // History: the save is kept and opens.
      await page.getByRole("link", { name: "Your plan over time" }).click();
      await expect(page).toHaveURL(/\/journal\/history$/);
      const saves = page.locator("[data-revisions] a");
      await expect(saves.first()).toHaveText("Saved");
      await saves.first().click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Your change plan as it was");
      await expect(page.locator('[data-section="instead"]')).toContainText(line);
      await expect(page.getByText("Your plan is the same now.")).toBeVisible();

      // Print: a warning first, then the plan on paper with only what is written or done.
      await page.goto("/journal/print");
      await page.getByRole("link", { name: "I understand. Show the plan" }).click();
      await expect(page).toHaveURL(/\/journal\/print\/plan$/);
      const paper = page.getByRole("main");
      await expect(paper.locator('[data-section="instead"]')).toContainText(line);
      await expect(paper.locator('[data-section="instead"]')).toContainText("With a no-contact condition");
      await expect(paper.locator('[data-section="values"]')).toHaveCount(0);
      await expect(linesToCall(page)).toContainText("988");

      // A locked copy, which brings the plan back.
      const filePassphrase = newPassphrase();
      await page.goto("/journal/export");
      await page.getByLabel("A passphrase for this copy").fill(filePassphrase);
      await page.getByLabel("The same passphrase again").fill(filePassphrase);
      await page.getByRole("button", { name: "Make a locked copy" }).click();
      const link = page.locator("[data-plan-file]");
      await expect(link).toHaveText(/^Download copy-\d{4}-\d{2}-\d{2}\.json$/, { timeout: ARGON2_WAIT_MS });
      const downloading = page.waitForEvent("download");
      await link.click();
      const file = test.info().outputPath("change-plan-copy.json");
      await (await downloading).saveAs(file);
      expect(fs.readFileSync(file, "utf8"), "the copy is locked").not.toContain(line.trim());

      await page.goto("/journal");
      await changeBox(page, "What I do instead").fill("Something else");
      await saveWithButton(page);
      await page.goto("/journal/import");
      await page.getByLabel("The file you saved").setInputFiles(file);
      await page.getByLabel("The passphrase you chose for this file").fill(filePassphrase);
      await page.getByRole("button", { name: "Bring back my plan" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText("Your plan is back.", {
        timeout: ARGON2_WAIT_MS,
      });
      await page.getByRole("link", { name: "See your plan" }).click();
      await expect(page).toHaveURL(/\/journal$/);
      await expect(changeBox(page, "What I do instead")).toHaveValue(line);
      // The plan it replaced stays in the history.
      await page.goto("/journal/history");
      await expect(saves.first()).toHaveText("Brought back from a copy");
      await saves.nth(1).click();
      await expect(page.locator('[data-section="instead"]')).toContainText("Something else");
    });
  });
}

test("the change plan keeps every line and ticked idea, through more saves and a reload", async ({ page }) => {
  const values = [marker("Be someone my kids feel safe with "), marker("Listen before I answer ")];
  const signs = [marker("My jaw gets tight "), marker("I start pacing ")];
  const tickedIdea = page.locator("#done-notice-body-signs");

  await signUp(page, undefined, CHANGE_PLAN);
  await page.goto("/journal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your change plan");
  await changeBox(page, "What matters to me").fill(values[0]!);
  await changeBox(page, "My warning signs").fill(signs[0]!);
  await tickedIdea.check();
  await saveWithButton(page);
  await expect(changeBox(page, "What matters to me"), "the box still shows what was saved").toHaveValue(values[0]!);

  // More lines, added at the end of what is there.
  await changeBox(page, "What matters to me").press("End");
  await changeBox(page, "What matters to me").pressSequentially(`\n${values[1]}`);
  await changeBox(page, "My warning signs").press("End");
  await changeBox(page, "My warning signs").pressSequentially(`\n${signs[1]}`);
  await saveWithButton(page);

  await page.reload();
  await expect(changeBox(page, "What matters to me")).toHaveValue(values.join("\n"));
  await expect(changeBox(page, "My warning signs")).toHaveValue(signs.join("\n"));
  await expect(tickedIdea).toBeChecked();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the change plan saves with the Save button", async ({ page }) => {
    const line = marker("Take a walk before I talk ");
    await signUp(page, undefined, CHANGE_PLAN);
    await page.goto("/journal");
    await changeBox(page, "What I do instead").fill(line);
    await page.locator("#done-take-a-safe-time-out").check();
    await saveWithButton(page);
    await page.goto("/journal");
    await expect(changeBox(page, "What I do instead")).toHaveValue(line);
    await expect(page.locator("#done-take-a-safe-time-out")).toBeChecked();
  });
});
