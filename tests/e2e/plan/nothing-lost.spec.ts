import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { signUp } from "@/tests/e2e/support/accounts";
import {
  answerQuestions,
  autosave,
  journeyAnswers,
  marker,
  noteField,
  openSection,
  planSection,
  row,
  saveButton,
  saveStatus,
  saveWithButton,
} from "@/tests/e2e/support/plan";

const ROLE_NEEDED = "Choose who this person is at work or school.";
const NAME_NEEDED = "Add a name or nickname.";

/** A contact with a name but no role, and a person with a number but no name: both come back with their error. */
async function sendIncompleteRows(page: Page, contactName: string, reach: string, note: string): Promise<void> {
  await openSection(page, "work-school");
  const contact = row(page, "Add a contact");
  await contact.getByLabel("Name (optional)").fill(contactName);
  await contact.getByLabel("Walk me to my car or the bus").check();
  await noteField(page).fill(note);
  await saveButton(page).click();
  const roleField = row(page, "Add a contact").getByLabel("Who they are");
  await expect(page.locator("#workplaceContacts-0-role-error")).toHaveText(ROLE_NEEDED);
  await expect(roleField).toHaveAttribute("aria-describedby", "workplaceContacts-0-role-error");
  await expect(row(page, "Add a contact").getByLabel("Name (optional)"), "the name typed is still there").toHaveValue(contactName);
  await expect(row(page, "Add a contact").getByLabel("Walk me to my car or the bus")).toBeChecked();
  await expect(noteField(page)).toHaveValue(note);

  await openSection(page, "trusted-people");
  await row(page, "Add a person").getByLabel("How to reach them").fill(reach);
  await saveButton(page).click();
  const nameField = row(page, "Add a person").getByLabel("Name or nickname");
  await expect(page.locator("#trustedPeople-0-name-error")).toHaveText(NAME_NEEDED);
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(row(page, "Add a person").getByLabel("How to reach them"), "the number typed is still there").toHaveValue(reach);
}

test.describe("a form sent back with errors keeps what was typed", () => {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
      test.use({ javaScriptEnabled });

      test("the rows that need fixing keep their words, and save once fixed", async ({ page }) => {
        const contactName = marker("Mr Adeyemi ");
        const reach = marker("555-0166 ");
        await signUp(page);
        await answerQuestions(page, journeyAnswers);
        await sendIncompleteRows(page, contactName, reach, marker("Ask about the side door "));

        await row(page, "Add a person").getByLabel("Name or nickname").fill("Jo");
        await saveWithButton(page);
        await expect(row(page, "Jo").getByLabel("How to reach them")).toHaveValue(reach);
      });
    });
  }
});

test("what is typed while an autosave is on its way stays in the form", async ({ page }) => {
  const name = marker("Lina ");
  const reach = marker("555-0111 ");
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");

  // Hold the autosave on its way, type into the next field meanwhile, then let it through.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/planner/section/trusted-people", async (route) => {
    if (route.request().method() === "POST") await held;
    await route.fallback();
  });
  const sent = page.waitForRequest((request) => request.method() === "POST");
  const blank = row(page, "Add a person");
  await blank.getByLabel("Name or nickname").fill(name);
  await blank.getByLabel("How to reach them").focus();
  await sent;
  await blank.getByLabel("How to reach them").fill(reach);
  release();
  await expect(saveStatus(page)).toHaveText("Saved.");
  await expect(row(page, name).getByLabel("How to reach them"), "the number typed during the save").toHaveValue(reach);

  await autosave(page, reach);
  await page.unroute("**/planner/section/trusted-people");
  await page.reload();
  await expect(row(page, name).getByLabel("How to reach them")).toHaveValue(reach);
});

test("leaving the page right after typing, before autosave's quiet moment is over, still saves it", async ({ page }) => {
  const note = marker("Spare key is with the neighbour ");
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");
  await noteField(page).fill(note);
  await page.getByRole("link", { name: "Back to your plan" }).click();
  await expect(page).toHaveURL(/\/planner$/);
  await expect(async () => {
    await page.reload();
    await expect(planSection(page, "trusted-people")).toContainText(note, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});
