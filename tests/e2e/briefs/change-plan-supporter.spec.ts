import { CHANGE_PLAN, signUp } from "@/tests/e2e/support/accounts";
import { briefPreview, makeBriefFromPreview, previewBrief } from "@/tests/e2e/support/briefs";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { changeBox, marker, saveWithButton } from "@/tests/e2e/support/plan";

test("a supporter of the change plan gets only the words written for them, and nothing else of the plan", async ({
  page,
  openBrowser,
}) => {
  test.setTimeout(90_000);
  const supporter = marker("My friend Dev ");
  const sign = marker("My jaw gets tight ");
  const words = marker("Thank you for sticking with me ");
  await signUp(page, undefined, CHANGE_PLAN);
  await page.goto("/journal");
  await changeBox(page, "Who supports me").fill(supporter);
  await changeBox(page, "My warning signs").fill(sign);
  await saveWithButton(page);
  // The share links are drawn with the page, from what is saved.
  await page.reload();

  await page.locator("[data-share-links] li").filter({ hasText: supporter.trim() }).getByRole("link").click();
  await expect(page.getByLabel("What they could do", { exact: true })).toHaveCount(0);
  await previewBrief(page, { parts: { ownWords: true }, words: { ownWords: words } });
  await expect(briefPreview(page)).toContainText(words.trim());
  await expect(briefPreview(page)).toContainText("Supporting their plan to change");
  const { link } = await makeBriefFromPreview(page);

  const helper = await (await openBrowser()).newPage();
  await helper.goto(link);
  await expect(helper.locator("#note-from-link")).toContainText(words.trim());
  const seen = (await helper.locator("main").textContent()) ?? "";
  expect(seen).not.toContain(supporter.trim());
  expect(seen).not.toContain(sign.trim());
});
