import type { Page } from "@playwright/test";
import { neutralCode } from "@/lib/content/neutral-code";
import { guidePath } from "@/lib/site/site-routes";
import { expectFieldError, mainForm, signIn, signOut, signUp } from "@/tests/e2e/support/accounts";
import { expectOnNeutralSite, quickExitButton, tapShift } from "@/tests/e2e/support/app-page";
import { expect, test } from "@/tests/e2e/support/fixtures";

/** A site of the person's own; `.example` addresses are served by a stand-in page in the tests. */
const OWN_SITE = "https://weather.example/";
const OWN_TITLE = "Bus times";
const SIGNED_IN_PAGES = [
  "/planner",
  "/links",
  guidePath(neutralCode("guide", "safety-when-leaving")),
  "/account",
  "/no-page-here",
];

async function chooseDisplay(page: Page, choice: { title: string; site?: string; address?: string }) {
  await page.goto("/account");
  await page.getByRole("link", { name: "Tab title and quick exit site" }).click();
  await expect(page).toHaveURL(/\/account\/display$/);
  await page.getByLabel("Title for the browser tab").fill(choice.title);
  await page
    .getByRole("group", { name: "Where quick exit takes you" })
    .getByLabel(choice.site ?? "Another site, whose address I write below")
    .check();
  await page.getByLabel("Address of another site").fill(choice.address ?? "");
  await page.getByRole("button", { name: "Save", exact: true }).click();
}

async function expectSaved(page: Page) {
  await expect(mainForm(page).getByRole("status")).toHaveText(
    "Saved. Pages now use these choices while you are signed in.",
  );
}

/** The beacon that ends the session may land a moment after the browser has left. */
async function expectUsualTitleAt(page: Page, path: string, title: string) {
  await expect(async () => {
    await page.goto(path);
    await expect(page).toHaveTitle(title, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
}

test("a title and a quick-exit site of their own apply to every page while signed in, and the usual ones return once signed out", async ({
  page,
}) => {
  const account = await signUp(page);
  await chooseDisplay(page, { title: OWN_TITLE, address: OWN_SITE });
  await expectSaved(page);
  await expect(page).toHaveTitle(OWN_TITLE);
  for (const path of SIGNED_IN_PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(OWN_TITLE);
  }
  // Moving around inside the app, without a page load, keeps it too.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Make a plan" }).click();
  await expect(page).toHaveURL(/\/planner$/);
  await expect(page).toHaveTitle(OWN_TITLE);

  await quickExitButton(page).click();
  await expect(page).toHaveURL(OWN_SITE);

  // Signed out by the exit: the sign-in page and every other page show the site's usual name.
  await expectUsualTitleAt(page, "/", "Harbour");
  await page.goto("/sign-in");
  await expect(page).toHaveTitle("Sign in · Harbour");

  // Signing in again brings the choices back at once, the quick exit's included, with no reload.
  await signIn(page, account.username, account.passphrase);
  await expect(page).toHaveTitle(OWN_TITLE);
  await tapShift(page, 3);
  await expect(page).toHaveURL(OWN_SITE);

  // Once signed out, quick exit leaves for the site's usual choice again.
  await expectUsualTitleAt(page, "/links", "Links · Harbour");
  await quickExitButton(page).click();
  await expectOnNeutralSite(page);
});

test("a changed choice takes effect on the page already open, and the usual choice can be had back", async ({
  page,
}) => {
  await signUp(page);
  await chooseDisplay(page, { title: OWN_TITLE, address: OWN_SITE });
  await expectSaved(page);
  await chooseDisplay(page, { title: "", site: "The site's usual choice" });
  await expectSaved(page);
  await expect(page).toHaveTitle("Account · Harbour");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Resources" }).click();
  await expect(page).toHaveTitle("Links · Harbour");
  await quickExitButton(page).click();
  await expectOnNeutralSite(page);
});

test("one person's choices never reach another account or a signed-out visitor", async ({ page, openBrowser }) => {
  await signUp(page);
  await chooseDisplay(page, { title: OWN_TITLE, address: OWN_SITE });
  await expectSaved(page);

  const other = await (await openBrowser()).newPage();
  await signUp(other);
  await other.goto("/planner");
  await expect(other).toHaveTitle("Planner · Harbour");
  await quickExitButton(other).click();
  await expectOnNeutralSite(other);

  const visitor = await (await openBrowser()).newPage();
  await visitor.goto("/planner");
  await expect(visitor).toHaveTitle("Planner · Harbour");
  await tapShift(visitor, 3);
  await expectOnNeutralSite(visitor);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the plain form saves the choices, every page shows them, and the Quick exit link, GET /exit, leaves for the chosen site", async ({
    page,
  }) => {
    await signUp(page);
    await chooseDisplay(page, { title: OWN_TITLE, address: OWN_SITE });
    await expectSaved(page);
    await expect(page).toHaveTitle(OWN_TITLE);
    for (const path of SIGNED_IN_PAGES) {
      await page.goto(path);
      await expect(page, path).toHaveTitle(OWN_TITLE);
    }
    await quickExitButton(page).click();
    await expect(page).toHaveURL(OWN_SITE);

    await page.goto("/planner");
    await expect(page).toHaveTitle("Planner · Harbour");
    await quickExitButton(page).click();
    await expectOnNeutralSite(page);
  });

  test("a wrong address is refused beside its field, nothing is saved, and what was typed stays", async ({ page }) => {
    await signUp(page);
    await chooseDisplay(page, { title: OWN_TITLE, address: "weather.example" });
    await expectFieldError(
      page,
      "ownAddress",
      "Write the whole address, starting with https://, such as https://www.example.com/",
    );
    await expect(page.getByLabel("Title for the browser tab")).toHaveValue(OWN_TITLE);
    await expect(page.getByLabel("Address of another site")).toHaveValue("weather.example");
    await expect(page.getByLabel("Address of another site")).toHaveAttribute("maxlength", "200");
    await expect(page.getByLabel("Title for the browser tab")).toHaveAttribute("maxlength", "40");
    await expect(page).toHaveTitle("Account · Harbour");

    await page.goto("/account/display");
    await expect(page.getByLabel("Title for the browser tab")).toHaveValue("");
    await expect(page.getByLabel("The site's usual choice")).toBeChecked();
  });
});

test.describe("going back after quick exit does not show the plan", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(javaScriptEnabled ? "with JavaScript" : "without JavaScript", async ({ openBrowser }) => {
      const page = await (await openBrowser({ javaScriptEnabled })).newPage();
      await signUp(page);
      await page.goto("/planner");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your plan");
      await quickExitButton(page).click();
      await expectOnNeutralSite(page);
      await page.goBack();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^(Make a plan|Sign in)$/);
    });
  }
});

test("signing out, like quick exit, brings back the usual title", async ({ page }) => {
  await signUp(page);
  await chooseDisplay(page, { title: OWN_TITLE, address: OWN_SITE });
  await expectSaved(page);
  await signOut(page);
  await expect(page).toHaveTitle("Harbour");
});
