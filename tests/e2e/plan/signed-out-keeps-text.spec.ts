import type { BrowserContext, Page } from "@playwright/test";
import { signInSchema } from "@/lib/auth/account-schemas";
import { WRONG_SIGN_IN, signUp, type Account } from "@/tests/e2e/support/accounts";
import { expectOnNeutralSite, quickExitButton } from "@/tests/e2e/support/app-page";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  addPerson,
  answerQuestions,
  changeBox,
  journeyAnswers,
  marker,
  noteField,
  openSection,
  planSection,
  row,
  saveButton,
  saveStatus,
  type SaveBy,
} from "@/tests/e2e/support/plan";

const SIGNED_OUT_HEADING = "You were signed out, so this is not saved yet";
const ARGON2_WAIT_MS = 15_000;

/** Quick exit in another tab of the same browser: the session ends and the browser drops the cookie. */
async function quickExitInAnotherTab(context: BrowserContext): Promise<void> {
  const other = await context.newPage();
  await other.goto("/links");
  await quickExitButton(other).click();
  await expectOnNeutralSite(other);
  await other.close();
}

/** The 15-minute idle sign-out: the server has ended the session, the tab still holds the old cookie. */
async function sessionTimesOut(context: BrowserContext): Promise<void> {
  const cookies = await context.cookies();
  await quickExitInAnotherTab(context);
  await context.addCookies(cookies);
}

function signInPanel(page: Page) {
  return page.getByRole("region", { name: SIGNED_OUT_HEADING });
}

async function signInFromPanel(page: Page, username: string, passphrase: string): Promise<void> {
  const panel = signInPanel(page);
  await panel.getByLabel("Username").fill(username);
  await panel.getByLabel("Passphrase").fill(passphrase);
  await panel.getByRole("button", { name: "Sign in and save" }).click();
}

/** Nothing the person typed went into an address or a cookie on the way. */
async function expectNoTrace(page: Page, words: string[]): Promise<void> {
  const cookies = (await page.context().cookies())
    .map((cookie) => `${cookie.name}=${decodeURIComponent(cookie.value)}`)
    .join("\n");
  for (const word of words) {
    expect(page.url()).not.toContain(encodeURIComponent(word.trim()).slice(0, 8));
    expect(cookies).not.toContain(word.trim());
  }
}

async function typeAfterSignOut(page: Page, by: SaveBy, name: string, note: string): Promise<void> {
  await row(page, "Add a person").getByLabel("Name or nickname").fill(name);
  await noteField(page).fill(note);
  if (by === "autosave") await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  else await saveButton(page).click();
  await expect(signInPanel(page)).toBeVisible();
  await expect(signInPanel(page)).toContainText("What you wrote is still on this page, and only here.");
  await expect(signInPanel(page).getByLabel("Username")).toHaveAttribute(
    "maxlength",
    String(signInSchema.shape.username.maxLength),
  );
  await expect(signInPanel(page).getByLabel("Passphrase")).toHaveAttribute(
    "maxlength",
    String(signInSchema.shape.passphrase.maxLength),
  );
  await expect(row(page, "Add a person").getByLabel("Name or nickname"), "the name typed is still there").toHaveValue(
    name,
  );
  await expect(noteField(page), "the note typed is still there").toHaveValue(note);
}

async function signInAndSave(page: Page, account: Account, name: string, note: string): Promise<void> {
  // A wrong passphrase is said so, and the words stay.
  await signInFromPanel(page, account.username, "not the right passphrase at all");
  await expect(signInPanel(page)).toContainText(WRONG_SIGN_IN, { timeout: ARGON2_WAIT_MS });
  await expect(row(page, "Add a person").getByLabel("Name or nickname")).toHaveValue(name);
  await expect(signInPanel(page).getByLabel("Passphrase"), "a passphrase is never put back in the page").toHaveValue(
    "",
  );

  await signInFromPanel(page, account.username, account.passphrase);
  await expect(saveStatus(page)).toHaveText("Signed in again, and saved.", { timeout: ARGON2_WAIT_MS });
  await expect(signInPanel(page)).toHaveCount(0);
  await expect(row(page, name)).toBeVisible();
  await expectNoTrace(page, [name, note]);

  await page.goto("/planner");
  await expect(planSection(page, "trusted-people")).toContainText(name);
  await expect(planSection(page, "trusted-people")).toContainText(note);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });
    const by: SaveBy = javaScriptEnabled ? "autosave" : "button";

    test("after quick exit in another tab, what was typed stays, and signing in from the form saves it", async ({
      page,
      context,
    }) => {
      test.setTimeout(90_000);
      const account = await signUp(page);
      await answerQuestions(page, journeyAnswers);
      await openSection(page, "trusted-people");
      await addPerson(page, { name: marker("Rowan ") }, by);

      await quickExitInAnotherTab(context);
      const name = marker("Idris ");
      const note = marker("Meet by the library doors ");
      await typeAfterSignOut(page, by, name, note);
      if (javaScriptEnabled) await expect(saveStatus(page)).toContainText("Not saved: you were signed out.");
      await signInAndSave(page, account, name, note);
    });

    test("after the idle sign-out, what was typed stays, and signing in from the form saves it", async ({
      page,
      context,
    }) => {
      test.setTimeout(90_000);
      const account = await signUp(page);
      await answerQuestions(page, journeyAnswers);
      await openSection(page, "trusted-people");

      await sessionTimesOut(context);
      const name = marker("Noor ");
      const note = marker("Spare key with the neighbour ");
      await typeAfterSignOut(page, by, name, note);
      await signInAndSave(page, account, name, note);
    });

    test("the change plan keeps its lines after a sign-out, and saves them on signing in from the form", async ({
      page,
      context,
    }) => {
      test.setTimeout(90_000);
      const account = await signUp(page);
      await page.goto("/journal");
      await quickExitInAnotherTab(context);
      const line = marker("Walk around the block first ");
      await changeBox(page, "What I do instead").fill(line);
      if (by === "autosave") await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      else await saveButton(page).click();
      await expect(signInPanel(page)).toBeVisible();
      await expect(changeBox(page, "What I do instead")).toHaveValue(line);

      await signInFromPanel(page, account.username, account.passphrase);
      await expect(saveStatus(page)).toHaveText("Signed in again, and saved.", { timeout: ARGON2_WAIT_MS });
      await page.goto("/journal");
      await expect(changeBox(page, "What I do instead")).toHaveValue(line);
    });
  });
}
