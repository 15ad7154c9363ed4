import { signUp } from "@/tests/e2e/support/accounts";
import { listedBrief, makeBriefFromPreview, previewBrief, startBriefFor } from "@/tests/e2e/support/briefs";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { addPerson, marker, openSection } from "@/tests/e2e/support/plan";
import type { Page } from "@playwright/test";

async function oneBrief(page: Page, name: string): Promise<string> {
  await signUp(page);
  await openSection(page, "trusted-people");
  await addPerson(page, { name, codeWord: marker("word") }, "autosave");
  await startBriefFor(page, name);
  await previewBrief(page, { parts: { signal: true } });
  await makeBriefFromPreview(page);
  await page.goto("/planner/briefs");
  return listedBrief(page, name).locator('input[name="briefId"]').inputValue();
}

test("another person cannot end her brief, even by sending its id as their own", async ({ page, openBrowser }) => {
  test.setTimeout(120_000);
  const hers = marker("Hers");
  const his = marker("His");
  const herBriefId = await oneBrief(page, hers);

  const other = await (await openBrowser()).newPage();
  await oneBrief(other, his);
  await listedBrief(other, his)
    .locator('input[name="briefId"]')
    .evaluate((input, id) => ((input as HTMLInputElement).value = id), herBriefId);
  await listedBrief(other, his).getByRole("button", { name: "End this note" }).click();
  await expect(other.locator("[data-briefs-ended]")).toHaveText("That note was already ended, or is not one of yours.");
  await expect(listedBrief(other, his)).toHaveCount(1);
  await expect(other.locator("main")).not.toContainText(hers);

  await page.reload();
  await expect(listedBrief(page, hers)).toHaveCount(1);
});
