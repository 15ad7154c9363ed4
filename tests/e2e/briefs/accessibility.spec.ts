import { signUp } from "@/tests/e2e/support/accounts";
import { briefPreview, makeBriefFromPreview, previewBrief, startBriefFor } from "@/tests/e2e/support/briefs";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { addPerson, marker, openSection, wcagViolations } from "@/tests/e2e/support/plan";

test("the brief pages have no WCAG violations, in English and in French, at 320 and 1280 px", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const kim = marker("Kim");
  await signUp(page);
  await page.goto("/planner/briefs");
  const found = await wcagViolations(page, "/planner/briefs with none");
  await openSection(page, "trusted-people");
  await addPerson(page, { name: kim, helps: ["Keep a bag of things for me"], codeWord: marker("word") }, "autosave");
  found.push(...(await wcagViolations(page, "trusted people with the share link")));

  await startBriefFor(page, kim);
  const formAddress = page.url();
  found.push(...(await wcagViolations(page, "the brief form")));
  await previewBrief(page, { parts: { ownWords: true }, words: { ownWords: "" } });
  found.push(...(await wcagViolations(page, "the brief form with a message beside a field")));
  await previewBrief(page, { parts: { ownWords: true }, words: { ownWords: marker("words") } });
  await expect(briefPreview(page)).toBeVisible();
  found.push(...(await wcagViolations(page, "the preview and what passing it on can leave behind")));
  await makeBriefFromPreview(page);
  found.push(...(await wcagViolations(page, "the link and code")));

  await context.addCookies([{ name: "lang", value: "fr-CA", url: baseURL! }]);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const address of ["/planner/briefs", "/planner/briefs?confirm=all", formAddress]) {
      await page.goto(address);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
      found.push(...(await wcagViolations(page, `${address} in French at ${width} px`)));
    }
  }
  await page.getByRole("button", { name: "Voir ce que la personne verra" }).click();
  await expect(briefPreview(page)).toBeVisible();
  found.push(...(await wcagViolations(page, "the preview in French")));
  expect(found).toEqual([]);
});
