import { signUp } from "@/tests/e2e/support/accounts";
import {
  briefPreview,
  listedBrief,
  makeBriefFromPreview,
  previewBrief,
  startBriefFor,
} from "@/tests/e2e/support/briefs";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { addPerson, addPlace, marker, openSection } from "@/tests/e2e/support/plan";

test("a brief with a code word opens for the helper with exactly its parts, then ends when she ends it", async ({
  page,
  openBrowser,
}) => {
  test.setTimeout(120_000);
  const sam = marker("Sam");
  const riley = marker("Riley");
  const reach = marker("reach");
  const word = marker("pineapple");
  const whatToDo = marker("call-my-sister");
  const ownWords = marker("thank-you");
  const shelter = marker("library");
  await signUp(page);
  await openSection(page, "trusted-people");
  await addPerson(page, { name: sam, reach, helps: ["Keep a bag of things for me"], codeWord: word }, "autosave");
  await addPerson(page, { name: riley, helps: ["Pick up the children"] }, "autosave");
  await openSection(page, "safe-places");
  await addPlace(page, { place: shelter }, "autosave");

  await startBriefFor(page, sam);
  await expect(page.getByLabel("A code word, and what to do when it comes")).toBeChecked();
  await expect(page.getByLabel("The code word", { exact: true })).toHaveValue(word);
  await previewBrief(page, {
    parts: { canDo: true, signal: true, ownWords: true, place: false },
    words: { whatToDo, ownWords, from: "your cousin" },
  });
  const preview = briefPreview(page);
  for (const shown of [word, whatToDo, ownWords, "Keep a bag of things for me", "From: your cousin"])
    await expect(preview).toContainText(shown);
  for (const absent of [sam, riley, reach, shelter]) await expect(preview).not.toContainText(absent);
  // What passing it on can leave behind is said before any link exists.
  await expect(page.getByRole("heading", { name: "Before you pass it on" })).toBeVisible();
  await expect(page.locator("[data-brief-link]")).toHaveCount(0);

  const { link, code } = await makeBriefFromPreview(page);
  expect(new URL(link).pathname).toBe("/note");
  expect(link).toMatch(/#[\w-]+\.[\w-]+$/);
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

  await page.goto("/planner/briefs");
  await expect(listedBrief(page, sam).locator("[data-brief-opened]")).toHaveText("Not opened yet");

  // The helper: another browser, no cookies, no account.
  const helper = await (await openBrowser()).newPage();
  await helper.goto(link);
  const note = helper.locator("#note-from-link");
  for (const shown of [word, whatToDo, ownWords, "Keep a bag of things for me", "From: your cousin"])
    await expect(note).toContainText(shown);
  const seen = (await helper.locator("main").textContent()) ?? "";
  for (const absent of [sam, riley, reach, shelter]) expect(seen).not.toContain(absent);
  expect(new URL(helper.url()).hash).toBe("");

  await page.reload();
  await expect(listedBrief(page, sam).locator("[data-brief-opened]")).toHaveText(/^Last opened /);
  await listedBrief(page, sam).getByRole("button", { name: "End this note" }).click();
  await expect(page.locator("[data-briefs-ended]")).toHaveText("The note was ended. Its link and code no longer work.");
  await expect(listedBrief(page, sam)).toHaveCount(0);

  await helper.goto("about:blank");
  await helper.goto(link);
  await expect(helper.getByRole("heading", { name: "This link has ended" })).toBeVisible();
  await expect(helper.locator("main")).not.toContainText(word);
});
