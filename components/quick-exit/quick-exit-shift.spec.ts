import { expectOnNeutralSite, liveRegion, pauseClock, tapShift } from "@/tests/e2e/support/app-page";
import { expect, test } from "@/tests/e2e/support/fixtures";

const TWO_LEFT = "Quick exit: press Shift 2 more times to leave this site.";
const ONE_LEFT = "Quick exit: press Shift 1 more time to leave this site.";
const RESET = "Quick exit: the Shift presses have been reset.";

test("screen readers hear how many presses are left", async ({ page }) => {
  await page.goto("/");
  await expect(liveRegion(page)).toHaveAttribute("aria-live", "polite");
  await expect(liveRegion(page)).toHaveText("");
  await tapShift(page);
  await expect(liveRegion(page)).toHaveText(TWO_LEFT);
  await tapShift(page);
  await expect(liveRegion(page)).toHaveText(ONE_LEFT);
  await tapShift(page);
  await expectOnNeutralSite(page);
});

test("Shift used with another key does not count", async ({ page }) => {
  await page.goto("/");
  await tapShift(page);
  await page.keyboard.press("Shift+A");
  await tapShift(page);
  await expect(liveRegion(page)).toHaveText(TWO_LEFT);
  await expect(page).toHaveURL(/127\.0\.0\.1/);
  await expect(page.getByRole("main")).toBeVisible();

  await tapShift(page, 2);
  await expectOnNeutralSite(page);
});

test("any other key starts the count again", async ({ page }) => {
  await page.goto("/");
  await tapShift(page, 2);
  await page.keyboard.press("a");
  await expect(liveRegion(page)).toHaveText("");
  await tapShift(page);
  await expect(liveRegion(page)).toHaveText(TWO_LEFT);
  await expect(page.getByRole("main")).toBeVisible();
});

test("more than five seconds between presses starts the count again", async ({ page }) => {
  await page.clock.install();
  await page.goto("/");
  await pauseClock(page);
  await tapShift(page, 2);
  await expect(liveRegion(page)).toHaveText(ONE_LEFT);

  await page.clock.fastForward(5_100);
  await tapShift(page);
  await expect(liveRegion(page)).toHaveText(TWO_LEFT);
  await expect(page.getByRole("main")).toBeVisible();

  await tapShift(page, 2);
  await expectOnNeutralSite(page);
});

test("presses up to five seconds apart still count", async ({ page }) => {
  await page.clock.install();
  await page.goto("/");
  await pauseClock(page);
  await tapShift(page);
  await page.clock.fastForward(4_900);
  await tapShift(page);
  await page.clock.fastForward(4_900);
  await tapShift(page);
  await expectOnNeutralSite(page);
});

test("five seconds after the last press, screen readers hear that the count has reset, then nothing", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto("/");
  await pauseClock(page);
  await tapShift(page, 2);
  await expect(liveRegion(page)).toHaveText(ONE_LEFT);

  await page.clock.fastForward(5_100);
  await expect(liveRegion(page)).toHaveText(RESET);
  await page.clock.fastForward(5_100);
  await expect(liveRegion(page)).toHaveText("");
  await tapShift(page);
  await expect(liveRegion(page)).toHaveText(TWO_LEFT);
  await expect(page.getByRole("main")).toBeVisible();
});
