import { expect, test } from "@/tests/e2e/support/fixtures";
import { CHANGE_PLAN, signUp } from "@/tests/e2e/support/accounts";
import { changeBox, marker, saveWithButton, wcagViolations } from "@/tests/e2e/support/plan";

test("the change plan's pages and the choice of plan have no WCAG violations at 320 and 1280 px", async ({ page }) => {
  test.setTimeout(120_000);
  const found = [];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/journal");
    found.push(...(await wcagViolations(page, `/journal signed out at ${width} px`)));
  }
  await signUp(page, undefined, CHANGE_PLAN);
  await page.goto("/journal/questions");
  await page
    .getByRole("group", { name: "Is there a court order, bail or probation condition about who you can contact?" })
    .getByLabel("Yes", { exact: true })
    .check();
  await page.getByRole("button", { name: "Save my answers" }).click();
  await changeBox(page, "What I do instead").fill(marker("Walk to the park "));
  await saveWithButton(page);
  await page.goto("/journal/history");
  const revision = (await page.locator("[data-revisions] a").first().getAttribute("href")) ?? "";
  const addresses = [
    "/journal",
    "/journal/questions",
    "/journal/history",
    revision,
    "/journal/print",
    "/journal/print/plan",
    "/journal/export",
    "/journal/import",
    "/account",
    "/account/plan",
  ];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const address of addresses) {
      await page.goto(address);
      expect(page.url(), "still signed in").toMatch(new RegExp(`${address}$`));
      found.push(...(await wcagViolations(page, `${address} at ${width} px`)));
    }
  }
  expect(found).toEqual([]);
});
