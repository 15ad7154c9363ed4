import { neutralCode } from "@/lib/content/neutral-code";
import { guidePath } from "@/lib/site/site-routes";
import { signUp } from "@/tests/e2e/support/accounts";
import { expectOnNeutralSite, quickExitButton } from "@/tests/e2e/support/app-page";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { openSection, row } from "@/tests/e2e/support/plan";

// The words are written out here on purpose: if the page changes what it says, or the browser
// changes what Back does, this test fails until the two agree again.
const BACK =
  "Pressing Back shows the page you were on again, because without JavaScript the site cannot take it out of the browser's history.";
const PLAN = "A page of your plan does not come back with it: you are signed out, so it asks you to sign in.";
const NOTE = "JavaScript is off, so after Quick exit the Back button shows this page again.";

test.describe("quick exit without JavaScript, and Back", () => {
  test.use({ javaScriptEnabled: false });

  test("the About page and the note under the button say Back shows the page again, and it does", async ({ page }) => {
    await page.goto("/about");
    const withoutJavaScript = page
      .getByRole("heading", { name: "If JavaScript is turned off" })
      .locator("xpath=following-sibling::ul[1]");
    await expect(withoutJavaScript.getByRole("listitem").filter({ hasText: "Pressing Back" })).toHaveText(BACK);

    const guide = guidePath(neutralCode("guide", "safety-when-leaving"));
    await page.goto(guide);
    const title = await page.getByRole("heading", { level: 1 }).innerText();
    // Playwright's text and role queries skip <noscript>, so the note is found by its marker.
    const note = page.locator('[data-without-javascript="note"]');
    await expect(note).toBeVisible();
    await expect(note).toHaveText(`${NOTE} About quick exit`);
    await expect(note.locator('a[href="/about"]')).toBeVisible();

    await quickExitButton(page).click();
    await expectOnNeutralSite(page);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${guide}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("the About page says a page of the plan asks to sign in instead, and it does", async ({ page }) => {
    await page.goto("/about");
    await expect(page.getByRole("listitem").filter({ hasText: "A page of your plan" })).toHaveText(PLAN);

    await signUp(page);
    await openSection(page, "trusted-people");
    await expect(row(page, "Add a person")).toBeVisible();
    await quickExitButton(page).click();
    await expectOnNeutralSite(page);
    await page.goBack();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expect(page.locator("[data-row]")).toHaveCount(0);
  });
});

test("with JavaScript on, the note about Back without JavaScript is not shown", async ({ page }) => {
  await page.goto("/links");
  await expect(page.locator('[data-without-javascript="note"]')).toBeHidden();
});
