import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { mainForm, signUp } from "@/tests/e2e/support/accounts";
import {
  addPerson,
  answerQuestions,
  autosave,
  idea,
  journeyAnswers,
  marker,
  noteField,
  openSection,
  planSection,
  row,
  tickIdea,
  writeNote,
  type Person,
} from "@/tests/e2e/support/plan";

/** The person's own list in one section of the overview (not the folded ideas). */
const ownEntries = (page: Page, id: string) => planSection(page, id).locator(":scope > ul");
/** Every note on the overview. */
const notes = (page: Page) => page.locator("section[data-section] > p.whitespace-pre-line");

const KEPT_BECAUSE_TICKED = "Why you see this: You marked this before, so it stays in your plan.";

test("new answers change the sections and ideas, and keep every entry exactly as written", async ({ page }) => {
  test.setTimeout(90_000);
  const people: Person[] = [
    {
      name: marker("Noor "),
      reach: marker("555-0142 "),
      helps: ["Give me a place to stay", "Keep copies of important papers"],
      codeWord: marker("tulip"),
    },
    { name: marker("Ama "), reach: marker("at choir on Tuesdays ") },
  ];
  const trustedNote = `${marker("Call Noor first")}\nThen ${marker("Ama")}, if it is after six.`;
  const leavingNote = marker("Bag is at Noor's, top shelf ");

  await signUp(page);
  await answerQuestions(page, journeyAnswers);
  await openSection(page, "trusted-people");
  for (const person of people) await addPerson(page, person, "autosave");
  await writeNote(page, trustedNote, "autosave");

  // In the leaving part, one idea is ticked and the go-bag idea is seen but left unticked.
  await openSection(page, "leaving");
  await expect(idea(page, "pack-a-go-bag")).not.toBeChecked();
  await tickIdea(page, "leave-while-they-are-out", "autosave");
  await noteField(page).fill(leavingNote);
  await autosave(page, leavingNote);

  await page.goto("/planner");
  const trustedBefore = await ownEntries(page, "trusted-people").innerText();
  const notesBefore = await notes(page).allInnerTexts();

  await answerQuestions(page, { living: "I have left" });

  // The leaving part stays, because something was written in it; its ideas follow the new answer.
  await expect(planSection(page, "leaving")).toContainText(
    "Why this part is in your plan: You wrote something here before, so it stays in your plan.",
  );
  await openSection(page, "leaving");
  await expect(idea(page, "pack-a-go-bag"), "an idea never ticked goes with the answer that called for it").toHaveCount(
    0,
  );
  await expect(idea(page, "leave-while-they-are-out")).toBeChecked();
  await expect(page.locator('[data-suggestion="leave-while-they-are-out"]')).toContainText(KEPT_BECAUSE_TICKED);
  await expect(idea(page, "collect-belongings-without-police"), "an idea for people who have left").toHaveCount(1);
  await expect(noteField(page)).toHaveValue(leavingNote);

  // Every person and note is exactly as it was, on the plan and in the form.
  await page.goto("/planner");
  expect(await ownEntries(page, "trusted-people").innerText()).toBe(trustedBefore);
  expect(await notes(page).allInnerTexts()).toEqual(notesBefore);
  await openSection(page, "trusted-people");
  for (const person of people) {
    const saved = row(page, person.name);
    await expect(saved.getByLabel("Name or nickname")).toHaveValue(person.name);
    await expect(saved.getByLabel("How to reach them")).toHaveValue(person.reach!);
    await expect(saved.getByLabel("A code word you share (optional)")).toHaveValue(person.codeWord ?? "");
    for (const help of person.helps ?? []) await expect(saved.getByLabel(help, { exact: true })).toBeChecked();
  }
  await expect(noteField(page)).toHaveValue(trustedNote);
  await expect(mainForm(page).locator("[data-row]")).toHaveCount(people.length + 1);
  // An idea only for people living with the person who hurt them goes too, though it was seen and saved.
  await expect(idea(page, "signal-with-a-neighbour")).toHaveCount(0);
  await openSection(page, "emotional");
  await expect(idea(page, "emotional-after-leaving")).toHaveCount(1);
  await expect(idea(page, "emotional-while-living-together")).toHaveCount(0);
});
