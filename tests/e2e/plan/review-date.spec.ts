import type { Page } from "@playwright/test";
import { signUp } from "@/tests/e2e/support/accounts";
import { expect, test } from "@/tests/e2e/support/fixtures";

const PASSED = "That date has passed. Pick today or a later day, so the reminder can still come.";
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

// The browser's day and the server's reminder are then the same calendar day, whatever this machine's zone.
test.use({ timezoneId: "UTC" });

async function reviewDateJourney(page: Page) {
  await signUp(page);
  await page.goto("/planner");
  const date = page.getByLabel("Remind me to review my plan on");
  const reminder = page.getByText("It is time to look over your plan, as you asked.");

  // A week ago is refused, with the message beside the field and the date still in it.
  await date.fill(isoDay(-7));
  await page.getByRole("button", { name: "Set date" }).click();
  await expect(page.locator("#review-by-error")).toHaveText(PASSED);
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(date).toHaveAttribute("aria-describedby", "review-by-error");
  await expect(date).toHaveValue(isoDay(-7));
  await expect(reminder).toHaveCount(0);

  // Today is saved, and the reminder it asks for shows at once.
  await date.fill(isoDay(0));
  await page.getByRole("button", { name: "Set date" }).click();
  await expect(reminder).toBeVisible();
  await expect(page.locator("#review-by-error")).toHaveCount(0);

  // So is a month from now.
  await date.fill(isoDay(30));
  await page.getByRole("button", { name: "Set date" }).click();
  await expect(reminder).toHaveCount(0);
  await page.goto("/planner");
  await expect(date).toHaveValue(isoDay(30));
}

test("a review date that has passed is refused with a message, a later one is saved", async ({ page }) => {
  await reviewDateJourney(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a review date that has passed is refused with a message, a later one is saved", async ({ page }) => {
    await reviewDateJourney(page);
  });
});
