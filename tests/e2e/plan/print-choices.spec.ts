import type { Page } from "@playwright/test";
import { signUp } from "@/tests/e2e/support/accounts";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  addPerson,
  addPlace,
  answerQuestions,
  journeyAnswers,
  marker,
  openSection,
  planSection,
  row,
  saveWithButton,
  showPrintedPlan,
  writeNote,
} from "@/tests/e2e/support/plan";

/** A plan with a person (a phone number, a code word), a safe place at an address, and a go-bag item with where it is. */
async function planWithSensitiveDetails(page: Page) {
  const words = {
    rowan: marker("Rowan "),
    idris: marker("Idris "),
    phone: marker("555-0101-"),
    codeWord: marker("bluebird"),
    address: marker("14 Juniper Row "),
    placeNote: marker("Ask for the back room "),
    item: marker("Spare glasses "),
    where: marker("blue tin under the stairs "),
  };
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");
  await addPerson(page, { name: words.rowan, reach: words.phone, codeWord: words.codeWord }, "button");
  await addPerson(page, { name: words.idris }, "button");
  await openSection(page, "safe-places");
  await addPlace(page, { place: words.address, keptThere: "a charger" }, "button");
  await writeNote(page, words.placeNote, "button");
  await openSection(page, "leaving");
  const blank = row(page, "Add something to this list");
  await blank.getByLabel("What it is").fill(words.item);
  await blank.getByLabel("Where it is (optional)").fill(words.where);
  await saveWithButton(page);
  return words;
}

/** Every printed part has something under its heading. */
async function expectNoEmptyHeadings(page: Page) {
  const printedParts = page.locator("section[data-section]");
  expect(await printedParts.count()).toBeGreaterThan(0);
  for (const part of await printedParts.all()) {
    const heading = await part.getByRole("heading").first().innerText();
    expect((await part.innerText()).trim().length, `something under “${heading}”`).toBeGreaterThan(heading.length);
  }
}

async function printChoicesJourney(page: Page) {
  const words = await planWithSensitiveDetails(page);

  // By default: every part, and none of the phone numbers, code words, addresses or hiding places.
  await showPrintedPlan(page);
  const printed = page.getByRole("main");
  await expect(printed).toContainText(words.rowan);
  await expect(printed).toContainText(words.idris);
  await expect(printed).toContainText(words.item);
  await expect(printed).toContainText(words.placeNote);
  for (const hidden of [words.phone, words.codeWord, words.address, words.where])
    await expect(printed).not.toContainText(hidden);
  await expect(planSection(page, "work-school"), "a part with nothing in it").toHaveCount(0);
  await expectNoEmptyHeadings(page);
  expect(new URL(page.url()).search, "no choice in the address").toBe("");

  // Leaving out a whole part and one person, and ticking in phone numbers.
  await page.getByRole("button", { name: "Change what goes on paper" }).click();
  await showPrintedPlan(page, async () => {
    await page.getByLabel("Safe places", { exact: true }).uncheck();
    await page.locator('[data-print-part="trusted-people"]').getByLabel(words.idris).uncheck();
    await page.getByLabel("Phone numbers and other ways to reach people").check();
  });
  await expect(planSection(page, "safe-places")).toHaveCount(0);
  for (const gone of [words.address, words.placeNote, words.idris, words.codeWord, words.where])
    await expect(printed).not.toContainText(gone);
  await expect(planSection(page, "trusted-people")).toContainText(`${words.rowan} · ${words.phone}`);
  await expectNoEmptyHeadings(page);
  expect(new URL(page.url()).search, "no choice in the address").toBe("");
}

test("print leaves out a part, a person and every sensitive detail not ticked in", async ({ page }) => {
  test.setTimeout(90_000);
  await printChoicesJourney(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("print leaves out a part, a person and every sensitive detail not ticked in", async ({ page }) => {
    test.setTimeout(90_000);
    await printChoicesJourney(page);
  });
});

test("with every part left out, nothing is printed but a way back to the choices", async ({ page }) => {
  await signUp(page);
  await showPrintedPlan(page, async () => {
    for (const box of await page.locator('input[name="section"]').all()) await box.uncheck();
  });
  await expect(page.locator("section[data-section]")).toHaveCount(0);
  await expect(page.getByText("Nothing is chosen to print.")).toBeVisible();
  await page.getByRole("button", { name: "Change what goes on paper" }).click();
  await expect(page.getByLabel("In an emergency")).not.toBeChecked();
});
