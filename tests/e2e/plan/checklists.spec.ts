import type { Page } from "@playwright/test";
import { signUp } from "@/tests/e2e/support/accounts";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  answerQuestions,
  autosave,
  journeyAnswers,
  marker,
  openSection,
  planSection,
  row,
  saveButton,
  saveWithButton,
  type SaveBy,
} from "@/tests/e2e/support/plan";

/** One item of a checklist, found by its name (a suggestion's name ends with "(a suggestion)"). */
const item = (page: Page, name: string | RegExp) => page.getByRole("group", { name });
const tick = (page: Page, name: string | RegExp) => item(page, name).getByRole("checkbox").first();

async function save(page: Page, by: SaveBy, carrying?: string) {
  if (by === "autosave") await autosave(page, carrying);
  else await saveWithButton(page);
}

async function checklistJourney(page: Page, by: SaveBy) {
  const own = { what: marker("Grandmother's letters "), where: marker("blue tin under the stairs ") };
  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "leaving");
  await expect(page.getByRole("heading", { name: "Your list: papers and a go-bag" })).toBeVisible();
  await expect(item(page, "Health card (a suggestion)")).toBeVisible();

  // A suggestion is ticked, and an item of the person's own is added with where it is.
  await tick(page, "Health card (a suggestion)").check();
  await save(page, by);
  const blank = row(page, "Add something to this list");
  await blank.getByLabel("What it is").fill(own.what);
  await blank.getByLabel("Where it is (optional)").fill(own.where);
  await save(page, by, own.where);
  await expect(item(page, own.what)).toBeVisible();

  // Opened again, both are kept: the ticked suggestion is now the person's own.
  await openSection(page, "leaving");
  await expect(tick(page, "Health card")).toBeChecked();
  await expect(item(page, "Health card (a suggestion)")).toHaveCount(0);
  await expect(item(page, own.what).getByLabel("Where it is (optional)")).toHaveValue(own.where);
  await expect(tick(page, own.what)).not.toBeChecked();
  await expect(tick(page, /^Photo ID.*\(a suggestion\)$/)).not.toBeChecked();

  // A suggestion that does not fit is left out, and is not offered again.
  const clothes = item(page, "A change of clothes (a suggestion)");
  await clothes.getByText("Where it is, or leave it out").click();
  await clothes.getByLabel("Leave this suggestion out when I press Save").check();
  await saveButton(page).click();
  await expect(item(page, "A change of clothes (a suggestion)")).toHaveCount(0);
  await openSection(page, "leaving");
  await expect(item(page, "A change of clothes (a suggestion)")).toHaveCount(0);
  await expect(page.getByText("Suggestions you left out (1)")).toBeVisible();

  // The overview lists only what the person made their own, and keeps the part when the answers no longer call for it.
  await page.goto("/planner");
  const leaving = planSection(page, "leaving");
  await expect(leaving).toContainText("Health card (ticked)");
  await expect(leaving).toContainText(`${own.what} (not ticked yet) · where it is: ${own.where}`);
  await expect(leaving).not.toContainText("Photo ID");
  await answerQuestions(page, { living: "I have left" });
  await expect(planSection(page, "leaving")).toContainText(
    "Why this part is in your plan: You wrote something here before, so it stays in your plan.",
  );
}

test("a checklist item ticked from the suggestions and one added with where it is are kept, saved as the person types", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await checklistJourney(page, "autosave");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a checklist item ticked from the suggestions and one added with where it is are kept, with the Save button", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await checklistJourney(page, "button");
  });
});

test("every checklist part starts with suggestions, and a suggestion left untouched is never saved", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signUp(page);
  await answerQuestions(page, { ...journeyAnswers, pets: "Yes" });
  const firstSuggestion = {
    leaving: "Health card",
    children: "A change of clothes for each child",
    pets: "Vet and vaccination records",
    technology: "Important phone numbers written down, in case your phone is taken",
    money: "A bank account in your own name",
  };
  for (const [section, suggestion] of Object.entries(firstSuggestion)) {
    await openSection(page, section);
    await expect(item(page, `${suggestion} (a suggestion)`), section).toBeVisible();
  }
  await openSection(page, "money");
  await saveWithButton(page);
  await page.goto("/planner");
  await expect(planSection(page, "money")).not.toContainText("A bank account in your own name");
});
