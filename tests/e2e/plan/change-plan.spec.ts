import { expect, test } from "@/tests/e2e/support/fixtures";
import { signUp } from "@/tests/e2e/support/accounts";
import { changeBox, marker, saveWithButton } from "@/tests/e2e/support/plan";

test("the change plan keeps every line and ticked idea, through more saves and a reload", async ({ page }) => {
  const values = [marker("Be someone my kids feel safe with "), marker("Listen before I answer ")];
  const signs = [marker("My jaw gets tight "), marker("I start pacing ")];
  const tickedIdea = page.locator("#done-notice-body-signs");

  await signUp(page);
  await page.goto("/journal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your change plan");
  await changeBox(page, "What matters to me").fill(values[0]!);
  await changeBox(page, "My warning signs").fill(signs[0]!);
  await tickedIdea.check();
  await saveWithButton(page);
  await expect(changeBox(page, "What matters to me"), "the box still shows what was saved").toHaveValue(values[0]!);

  // More lines, added at the end of what is there.
  await changeBox(page, "What matters to me").press("End");
  await changeBox(page, "What matters to me").pressSequentially(`\n${values[1]}`);
  await changeBox(page, "My warning signs").press("End");
  await changeBox(page, "My warning signs").pressSequentially(`\n${signs[1]}`);
  await saveWithButton(page);

  await page.reload();
  await expect(changeBox(page, "What matters to me")).toHaveValue(values.join("\n"));
  await expect(changeBox(page, "My warning signs")).toHaveValue(signs.join("\n"));
  await expect(tickedIdea).toBeChecked();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the change plan saves with the Save button", async ({ page }) => {
    const line = marker("Take a walk before I talk ");
    await signUp(page);
    await page.goto("/journal");
    await changeBox(page, "What I do instead").fill(line);
    await page.locator("#done-take-a-safe-time-out").check();
    await saveWithButton(page);
    await page.goto("/journal");
    await expect(changeBox(page, "What I do instead")).toHaveValue(line);
    await expect(page.locator("#done-take-a-safe-time-out")).toBeChecked();
  });
});
