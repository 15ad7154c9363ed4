import type { Page } from "@playwright/test";
import { signUp } from "@/tests/e2e/support/accounts";
import { listedBrief, makeBriefFromPreview, previewBrief, startBriefFor } from "@/tests/e2e/support/briefs";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { addPerson, editRow, marker, openSection } from "@/tests/e2e/support/plan";

const ENDED = "This link has ended";

/** Types a code on the note page, as a helper who was given it in person. */
async function typeCode(helper: Page, code: string): Promise<void> {
  await helper.goto("/note");
  await helper.getByLabel("Code", { exact: true }).fill(code);
  await helper.getByRole("button", { name: "Open the note" }).click();
}

/** What the note page's main part says, without the words that change with each page. */
async function mainText(helper: Page): Promise<string> {
  return ((await helper.locator("main").textContent()) ?? "").replace(/\s+/g, " ").trim();
}

test("a helper without JavaScript opens a note by its code, and a wrong or ended code looks the same as a made-up one", async ({
  page,
  openBrowser,
}) => {
  test.setTimeout(120_000);
  const sam = marker("Sam");
  const word = marker("pineapple");
  const whatToDo = marker("call-my-sister");
  await signUp(page);
  await openSection(page, "trusted-people");
  await addPerson(page, { name: sam, helps: ["Keep a bag of things for me"], codeWord: word }, "autosave");
  await startBriefFor(page, sam);
  await previewBrief(page, { parts: { canDo: true, signal: true }, words: { whatToDo } });
  const { code } = await makeBriefFromPreview(page);
  // "This is a copy made when the note was sent": a later change to her plan does not reach it.
  const laterWord = marker("mango");
  await openSection(page, "trusted-people");
  await editRow(page, sam, "A code word you share (optional)", laterWord, "autosave");

  const helper = await (await openBrowser({ javaScriptEnabled: false })).newPage();
  await typeCode(helper, "ZZZZ-ZZZZ-ZZZZ-ZZZZ");
  await expect(helper.getByRole("heading", { name: ENDED })).toBeVisible();
  const madeUp = await mainText(helper);

  // Typed the way a person might copy it down: lower case, spaces for dashes.
  await typeCode(helper, code.toLowerCase().replace(/-/g, " "));
  await expect(helper.getByText(word, { exact: true })).toBeVisible();
  await expect(helper.locator("main")).not.toContainText(laterWord);
  await expect(helper.getByText(whatToDo)).toBeVisible();
  await expect(helper.getByText("Keep a bag of things for me")).toBeVisible();
  await expect(helper.getByRole("heading", { name: ENDED })).toHaveCount(0);
  // The code went in the post's body, never into an address the browser keeps.
  expect(helper.url()).not.toContain(code.slice(5));
  expect(new URL(helper.url()).pathname).toBe("/note");

  await page.goto("/planner/briefs");
  await expect(listedBrief(page, sam).locator("[data-brief-opened]")).toHaveText(/^Last opened /);

  const last = code.at(-1) === "0" ? "1" : "0";
  await typeCode(helper, `${code.slice(0, -1)}${last}`);
  await expect(helper.getByRole("heading", { name: ENDED })).toBeVisible();
  expect(await mainText(helper)).toBe(madeUp);

  await listedBrief(page, sam).getByRole("button", { name: "End this note" }).click();
  await expect(listedBrief(page, sam)).toHaveCount(0);
  await typeCode(helper, code);
  await expect(helper.getByRole("heading", { name: ENDED })).toBeVisible();
  expect(await mainText(helper)).toBe(madeUp);
  expect(await mainText(helper)).not.toContain(word);
});
