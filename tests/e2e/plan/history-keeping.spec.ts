import { expect } from "@playwright/test";
import { CHANGE_PLAN, signUp } from "@/tests/e2e/support/accounts";
import { test } from "@/tests/e2e/support/fixtures";
import { signUpThenFrench } from "@/tests/e2e/support/french-plan";

test("the plan's history says which earlier versions are kept", async ({ page }) => {
  await signUp(page);
  await page.goto("/planner/history");
  await expect(page.getByText(/^Every version from the last 30 days is kept\. .*last one of each week/)).toBeVisible();
});

test.describe("in a French browser", () => {
  test.use({ locale: "fr-CA" });

  test("the change plan's history says it too, in French", async ({ page }) => {
    await signUpThenFrench(page, CHANGE_PLAN);
    await page.goto("/journal/history");
    await expect(page.getByText(/^Toutes les versions des 30 derniers jours sont gardées\./)).toBeVisible();
  });
});
