import type { Page } from "@playwright/test";
import { entryKindsByKey } from "@/lib/plan/entry-kinds";
import { textLimits } from "@/lib/plan/plan-limits";
import { signUp } from "@/tests/e2e/support/accounts";
import { pauseClock } from "@/tests/e2e/support/app-page";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  addPerson,
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

const REMOVE = "Remove this from my plan when I press Save";
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
  await expect(row(page, "Add a contact").getByLabel("Name (optional)"), "the name typed is still there").toHaveValue(
    contactName,
  );
  await expect(row(page, "Add a contact").getByLabel("Walk me to my car or the bus")).toBeChecked();
  await expect(noteField(page)).toHaveValue(note);

  await openSection(page, "trusted-people");
  await row(page, "Add a person").getByLabel("How to reach them").fill(reach);
  await saveButton(page).click();
  const nameField = row(page, "Add a person").getByLabel("Name or nickname");
  await expect(page.locator("#trustedPeople-0-name-error")).toHaveText(NAME_NEEDED);
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(
    row(page, "Add a person").getByLabel("How to reach them"),
    "the number typed is still there",
  ).toHaveValue(reach);
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

test("leaving the page right after typing, before autosave's quiet moment is over, still saves it", async ({
  page,
}) => {
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

test("every box of a section has its limit in the markup, said beside it", async ({ page }) => {
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  const sections: [string, string, Record<string, number>, Record<string, string>][] = [
    ["trusted-people", "Add a person", entryKindsByKey.trustedPeople.limits, entryKindsByKey.trustedPeople.labels],
    ["safe-places", "Add a place", entryKindsByKey.safePlaces.limits, entryKindsByKey.safePlaces.labels],
    [
      "work-school",
      "Add a contact",
      entryKindsByKey.workplaceContacts.limits,
      entryKindsByKey.workplaceContacts.labels,
    ],
  ];
  for (const [section, blank, limits, labels] of sections) {
    await openSection(page, section);
    for (const [field, limit] of Object.entries(limits)) {
      const box = row(page, blank).getByLabel(labels[field] as string, { exact: true });
      await expect(box, `${section} ${field}`).toHaveAttribute("maxlength", String(limit));
      await expect(box).toHaveAccessibleDescription(`Up to ${limit} characters.`);
    }
    await expect(noteField(page)).toHaveAttribute("maxlength", String(textLimits.note));
  }
  // The browser stops typing at the limit.
  await openSection(page, "trusted-people");
  const codeWord = row(page, "Add a person").getByLabel(entryKindsByKey.trustedPeople.labels.codeWord);
  await codeWord.pressSequentially("w".repeat(entryKindsByKey.trustedPeople.limits.codeWord + 3));
  await expect(codeWord).toHaveValue("w".repeat(entryKindsByKey.trustedPeople.limits.codeWord));
});

/** Sends more than a box allows, as a browser that ignores maxlength would (or text pasted before the limit existed). */
async function overfill(page: Page, legend: string, label: string, length: number): Promise<string> {
  const box = row(page, legend).getByLabel(label, { exact: true });
  await box.evaluate((element) => element.removeAttribute("maxlength"));
  const text = `${marker("long ")}${"x".repeat(length)}`.slice(0, length);
  await box.fill(text);
  return text;
}

async function expectMessageBeside(page: Page, id: string, message: string): Promise<void> {
  const box = page.locator(`#${id}`);
  await expect(page.locator(`#${id}-error`)).toHaveText(message);
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(box).toHaveAttribute("aria-describedby", new RegExp(`\\b${id}-error\\b`));
}

test.describe("one box over its limit never stops the rest from saving", () => {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
      test.use({ javaScriptEnabled });

      test("a long code word and a long “anything else” get their messages beside them; the rest is saved", async ({
        page,
      }) => {
        test.setTimeout(60_000);
        const by = javaScriptEnabled ? "autosave" : "button";
        const sam = { name: marker("Sam "), reach: marker("555-0101 ") };
        const jo = { name: marker("Jo "), reach: marker("555-0102 ") };
        await signUp(page);
        await answerQuestions(page, journeyAnswers);
        await openSection(page, "trusted-people");
        await addPerson(page, sam, by);
        await addPerson(page, jo, by);
        // From here only the Save button sends, so no autosave can land halfway through the edits.
        if (javaScriptEnabled) await pauseClock(page);

        const joReach = marker("text first ");
        const note = marker("Call Jo before Sam ");
        const longCode = await overfill(
          page,
          sam.name,
          entryKindsByKey.trustedPeople.labels.codeWord,
          entryKindsByKey.trustedPeople.limits.codeWord + 1,
        );
        await row(page, jo.name).getByLabel("How to reach them").fill(joReach);
        await row(page, "Add a person").getByLabel("Name or nickname").fill("Lee");
        const longHelp = await overfill(
          page,
          "Add a person",
          entryKindsByKey.trustedPeople.labels.otherHelp,
          entryKindsByKey.trustedPeople.limits.otherHelp + 1,
        );
        await noteField(page).fill(note);
        const answered = page.waitForResponse((response) => response.request().method() === "POST");
        await saveButton(page).click();
        await answered;

        await expectMessageBeside(page, "trustedPeople-0-codeWord", "Keep this under 60 characters.");
        await expectMessageBeside(page, "trustedPeople-2-otherHelp", "Keep this under 300 characters.");
        await expect(page.locator("[data-error-summary]")).toContainText(
          "2 things could not be saved yet. Everything else is saved.",
        );
        await expect(row(page, sam.name)).toContainText("Until then, your plan keeps what you saved here before.");
        await expect(saveStatus(page)).toHaveText("Saved, except what is marked.");
        // What the person typed is still in the boxes.
        await expect(row(page, sam.name).getByLabel(entryKindsByKey.trustedPeople.labels.codeWord)).toHaveValue(
          longCode,
        );
        await expect(row(page, "Add a person").getByLabel(entryKindsByKey.trustedPeople.labels.otherHelp)).toHaveValue(
          longHelp,
        );

        await page.goto("/planner");
        const saved = planSection(page, "trusted-people");
        await expect(saved).toContainText(`${jo.name} · ${joReach}`);
        await expect(saved).toContainText(note);
        await expect(saved).toContainText(`${sam.name} · ${sam.reach}`);
        await expect(saved).not.toContainText("code word");
        await expect(saved).not.toContainText("Lee");
      });
    });
  }
});

test.describe("a removal waits for the Save button", () => {
  test("ticking Remove is saved as a mark only; the person goes when Save is pressed", async ({ page }) => {
    test.setTimeout(60_000);
    const sam = { name: marker("Sam ") };
    const jo = { name: marker("Jo ") };
    await signUp(page);
    await answerQuestions(page, journeyAnswers);
    await openSection(page, "trusted-people");
    await addPerson(page, sam, "autosave");
    await addPerson(page, jo, "autosave");

    const autosaved = page.waitForResponse((response) => response.request().method() === "POST");
    await row(page, sam.name).getByLabel(REMOVE).check();
    await autosaved;
    await expect(saveStatus(page)).toHaveText("Saved. What you marked to remove goes when you press Save.");
    await page.reload();
    await expect(row(page, sam.name), "autosave did not remove anyone").toBeVisible();

    await row(page, sam.name).getByLabel(REMOVE).check();
    await saveWithButton(page);
    await expect(row(page, sam.name)).toHaveCount(0);
    await page.reload();
    await expect(row(page, sam.name)).toHaveCount(0);
    await expect(row(page, jo.name)).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("ticking Remove and pressing Save removes the person", async ({ page }) => {
      const sam = { name: marker("Sam ") };
      await signUp(page);
      await answerQuestions(page, journeyAnswers);
      await openSection(page, "trusted-people");
      await addPerson(page, sam, "button");
      await row(page, sam.name).getByLabel(REMOVE).check();
      await saveWithButton(page);
      await expect(row(page, sam.name)).toHaveCount(0);
    });
  });
});
