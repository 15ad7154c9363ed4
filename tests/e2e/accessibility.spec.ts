import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { neutralCode } from "@/lib/content/neutral-code";
import { guidePath } from "@/lib/site/site-routes";
import { fieldError, fillSignUp, formAlert, signUpUntilCode, submitSignIn, uniqueUsername } from "./support/accounts";
import { appPaths, MISSING_PATH } from "./support/app-page";
import { expect, test } from "./support/fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDTHS = [320, 1280];
const guidanceSlugs = fs
  .readdirSync(path.join(import.meta.dirname, "../../content/guidance/en"))
  .map((file) => path.basename(file, ".md"));

async function violationsOn(page: Page, address: string) {
  await page.goto(address);
  return violationsHere(page, address);
}

/** Runs axe on the page as it is now, such as a form showing its errors. */
async function violationsHere(page: Page, address: string) {
  await expect(page.locator("h1")).toBeVisible();
  const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(passes.length, "rules that ran and passed").toBeGreaterThan(0);
  return violations.map((violation) => ({
    address,
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

for (const width of WIDTHS) {
  for (const address of [...appPaths, MISSING_PATH]) {
    test(`${address} at ${width} px has no WCAG violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      expect(await violationsOn(page, address)).toEqual([]);
    });
  }
}

test("every guidance page at 320 px has no WCAG violations", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 800 });
  const found = [];
  for (const slug of guidanceSlugs) found.push(...(await violationsOn(page, guidePath(neutralCode("guide", slug)))));
  expect(found).toEqual([]);
});

test("account pages with errors showing, the recovery code, and signed-in pages at 320 px have no WCAG violations", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 320, height: 800 });
  const found = [];

  await fillSignUp(page, "short", "different");
  await expect(fieldError(page, "passphrase")).toBeVisible();
  found.push(...(await violationsHere(page, "/sign-up with field errors")));

  await submitSignIn(page, uniqueUsername("nobody"), "not a passphrase");
  await expect(formAlert(page)).toBeVisible();
  found.push(...(await violationsHere(page, "/sign-in with a form error")));

  await signUpUntilCode(page);
  found.push(...(await violationsHere(page, "/sign-up showing the recovery code")));

  await page.getByRole("link", { name: "I have written it down. Continue" }).click();
  for (const address of [
    "/account",
    "/account/sessions",
    "/account/passphrase",
    "/account/display",
    "/account/delete",
  ]) {
    found.push(...(await violationsOn(page, address)));
    expect(page.url(), "still signed in").toMatch(new RegExp(`${address}$`));
  }

  await page.goto("/account/display");
  await page.getByLabel("Title for the browser tab").fill("50%");
  await page.getByLabel("Another site, whose address I write below").check();
  await page.getByLabel("Address of another site").fill("nowhere");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(fieldError(page, "ownAddress")).toBeVisible();
  await expect(fieldError(page, "tabTitle")).toBeVisible();
  found.push(...(await violationsHere(page, "/account/display with field errors")));
  expect(found).toEqual([]);
});

for (const width of WIDTHS) {
  test(`search answers and the "nothing fits" answer at ${width} px have no WCAG violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const found = [];
    for (const question of ["what can I do if he takes my phone?", "zyzzyva quantum"]) {
      await page.goto("/search");
      await page.getByLabel("Search for, or ask a question").fill(question);
      await page.getByRole("button", { name: "Search" }).click();
      await expect(page.locator("[data-talk-to-a-person]")).toBeVisible();
      found.push(...(await violationsHere(page, `/search: ${question}`)));
    }
    expect(found).toEqual([]);
  });
}
