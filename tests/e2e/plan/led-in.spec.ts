import type { Page } from "@playwright/test";
import { expect, test } from "@/tests/e2e/support/fixtures";
import {
  CHANGE_PLAN,
  CONTINUE,
  FIRST_QUESTION,
  fieldError,
  fillSignUp,
  newPassphrase,
  PLAN_QUESTION,
  SAFETY_PLAN,
  signUpUntilCode,
  type PlanChoice,
} from "@/tests/e2e/support/accounts";
import { changeBox, marker, saveWithButton } from "@/tests/e2e/support/plan";

const mainMenu = (page: Page) => page.getByRole("navigation", { name: "Main" });
const accountLinks = (page: Page) => page.getByRole("main").getByRole("listitem").getByRole("link");
const offered = { [SAFETY_PLAN]: "Make a plan", [CHANGE_PLAN]: "Your change plan" } as const;
const accountOffers = { [SAFETY_PLAN]: "Your safety plan", [CHANGE_PLAN]: "Your change plan" } as const;
const other = (plan: PlanChoice): PlanChoice => (plan === SAFETY_PLAN ? CHANGE_PLAN : SAFETY_PLAN);

/** The account page and the header offer this plan, and never the other. */
async function expectOnlyOffered(page: Page, plan: PlanChoice) {
  await page.goto("/account");
  await expect(accountLinks(page).filter({ hasText: accountOffers[plan] })).toHaveCount(1);
  await expect(accountLinks(page).filter({ hasText: accountOffers[other(plan)] })).toHaveCount(0);
  await expect(mainMenu(page).getByRole("link", { name: offered[plan], exact: true })).toBeVisible();
  await expect(mainMenu(page).getByRole("link", { name: offered[other(plan)], exact: true })).toHaveCount(0);
}

/** The quiet link on the account page leads to the same question, and then to the plan chosen. */
async function switchTo(page: Page, plan: PlanChoice, lands: RegExp) {
  await page.goto("/account");
  await page.getByRole("link", { name: "Switch to the other kind of plan" }).click();
  await page.getByRole("group", { name: PLAN_QUESTION }).getByLabel(plan, { exact: true }).check();
  await page.getByRole("button", { name: "Save and open that plan" }).click();
  await expect(page).toHaveURL(lands);
  // The menu is drawn again with the choice, before any reload.
  await expect(mainMenu(page).getByRole("link", { name: offered[plan], exact: true })).toBeVisible();
  await expectOnlyOffered(page, plan);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("someone who makes a safety plan goes from the recovery code to its first question, and is offered only it", async ({
      page,
    }) => {
      await signUpUntilCode(page);
      await page.getByRole("link", { name: CONTINUE }).click();
      await expect(page).toHaveURL(FIRST_QUESTION[SAFETY_PLAN]);
      await expect(
        page.getByRole("group", { name: "Where are things right now with the person who hurt you?" }),
      ).toBeVisible();
      await expectOnlyOffered(page, SAFETY_PLAN);
      await switchTo(page, CHANGE_PLAN, /\/journal$/);
    });

    test("someone who makes a change plan goes to its first question, is never offered the safety plan, and can switch", async ({
      page,
    }) => {
      await signUpUntilCode(page, newPassphrase(), CHANGE_PLAN);
      await page.getByRole("link", { name: CONTINUE }).click();
      await expect(page).toHaveURL(FIRST_QUESTION[CHANGE_PLAN]);
      await expect(
        page.getByRole("group", { name: "Are you a parent, or do you help care for children?" }),
      ).toBeVisible();
      await expect(mainMenu(page).getByRole("link", { name: "Make a plan", exact: true })).toHaveCount(0);
      await expectOnlyOffered(page, CHANGE_PLAN);
      const line = marker("Leave the room before I raise my voice ");
      await page.goto("/journal");
      await changeBox(page, "What I do instead").fill(line);
      await saveWithButton(page);

      // Switching hides the other plan from the menus and deletes nothing.
      await switchTo(page, SAFETY_PLAN, /\/planner$/);
      await switchTo(page, CHANGE_PLAN, /\/journal$/);
      await page.goto("/journal");
      await expect(changeBox(page, "What I do instead")).toHaveValue(line);
    });
  });
}

test("skipping the question means the safety plan, and a sign-up sent back keeps the plan chosen", async ({ page }) => {
  await page.goto("/sign-up");
  const question = page.getByRole("group", { name: PLAN_QUESTION });
  await expect(question.getByLabel(SAFETY_PLAN, { exact: true })).toBeChecked();
  await expect(question).toContainText("Only you can see which you chose.");

  await fillSignUp(page, newPassphrase(), newPassphrase(), CHANGE_PLAN);
  await expect(fieldError(page, "confirmPassphrase")).toHaveText("The two passphrases are not the same.");
  await expect(question.getByLabel(CHANGE_PLAN, { exact: true })).toBeChecked();
});
