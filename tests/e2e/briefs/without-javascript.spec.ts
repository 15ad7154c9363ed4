import { signUp, submitAndWait } from "@/tests/e2e/support/accounts";
import {
  briefPreview,
  listedBrief,
  makeBriefFromPreview,
  previewBrief,
  startBriefFor,
} from "@/tests/e2e/support/briefs";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { addPerson, marker, openSection } from "@/tests/e2e/support/plan";

test.use({ javaScriptEnabled: false });

test("without JavaScript she makes a brief, is told what is missing beside the field, and ends every brief", async ({
  page,
  openBrowser,
}) => {
  test.setTimeout(120_000);
  const lee = marker("Lee");
  const checkIn = marker("text-me-at-nine");
  await signUp(page);
  await openSection(page, "trusted-people");
  await addPerson(page, { name: lee, helps: ["Hold a spare key"] }, "button");

  await startBriefFor(page, lee);
  await previewBrief(page, { parts: { canDo: false, signal: false, place: true }, words: { place: "" } });
  const placeBox = page.getByLabel("The place, or how you will check in");
  await expect(page.locator("#field-place-error")).toHaveText("Write the place or the check-in, or untick it.");
  await expect(placeBox).toHaveAttribute("aria-invalid", "true");
  await expect(placeBox).toHaveAttribute("maxlength", "600");

  await previewBrief(page, { parts: { place: true }, words: { place: checkIn }, days: "7" });
  await expect(briefPreview(page)).toContainText(checkIn);
  await expect(briefPreview(page)).not.toContainText("Hold a spare key");
  // "Change something" brings the form back as it was sent.
  await submitAndWait(page, page.getByRole("button", { name: "Change something" }));
  await expect(placeBox).toHaveValue(checkIn);
  await expect(page.getByLabel("What they could do", { exact: true })).not.toBeChecked();
  await expect(page.getByLabel("How long it lasts")).toHaveValue("7");
  await submitAndWait(page, page.getByRole("button", { name: "See what they will see" }));
  const { code, cacheControl } = await makeBriefFromPreview(page);
  // The link and code exist only in this answer, which no cache keeps.
  expect(cacheControl).toContain("no-store");
  await expect(page.locator("[data-brief-link]")).toHaveValue(/\/note#/);

  // The helper types the code, with JavaScript off too.
  const helper = await (await openBrowser({ javaScriptEnabled: false })).newPage();
  await helper.goto("/note");
  await helper.getByLabel("Code", { exact: true }).fill(code.toLowerCase());
  await submitAndWait(helper, helper.getByRole("button", { name: "Open the note" }));
  await expect(helper.locator("main")).toContainText(checkIn);
  await expect(helper.locator("main")).not.toContainText(lee);

  await page.goto("/planner/briefs");
  await expect(listedBrief(page, lee)).toContainText("Holds: a safe place or check-in");
  await expect(listedBrief(page, lee).locator("[data-brief-opened]")).toHaveText(/^Last opened /);
  await page.getByRole("link", { name: "End every note" }).click();
  await expect(page.locator("[data-briefs-confirm]")).toContainText("Ending every note deletes all 1 note.");
  await page.getByRole("button", { name: "Yes, end every note" }).click();
  await expect(page.locator("[data-briefs-ended]")).toHaveText("1 note was ended.");
  await expect(page.locator("[data-briefs-none]")).toBeVisible();

  await helper.goto("/note");
  await helper.getByLabel("Code", { exact: true }).fill(code);
  await submitAndWait(helper, helper.getByRole("button", { name: "Open the note" }));
  await expect(helper.getByRole("heading", { name: "This link has ended" })).toBeVisible();
  await expect(helper.locator("main")).not.toContainText(checkIn);
});
