import type { Page } from "@playwright/test";
import { signUp } from "@/tests/e2e/support/accounts";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { answerQuestions, planSection, showPrintedPlan, type Answers } from "@/tests/e2e/support/plan";

const AWHL = "1-866-863-0511";
const FEMAIDE = "1-877-336-2433";

async function walletCardLines(page: Page): Promise<string[]> {
  await page.goto("/planner/card/show");
  return page.locator("[data-wallet-card] li").allTextContents();
}

async function printedLines(page: Page) {
  await showPrintedPlan(page);
  return planSection(page, "emergency").locator("[data-crisis-lines]");
}

async function planWith(page: Page, answers: Answers) {
  await signUp(page);
  if (Object.keys(answers).length > 0) await answerQuestions(page, answers);
}

test.describe("the lines in the plan follow where the person lives and the language they asked for", () => {
  test("with no answers, the card and the printed plan carry only lines for all of Canada, and say how to get a province's lines", async ({
    page,
  }) => {
    await planWith(page, {});
    expect(await walletCardLines(page)).toEqual(["Emergency 911", "Crisis line 988"]);
    const printed = await printedLines(page);
    await expect(printed.getByRole("listitem")).toHaveText([
      /^Emergency services \(911\): 911 \(Canada, except Nunavut\)$/,
      /^9-8-8 Suicide Crisis Helpline: 988$/,
    ]);
    await expect(printed).toContainText(
      "Some helplines serve only one province or territory. To see them here, add where you live to your answers.",
    );
    await expect(page.getByRole("main")).not.toContainText(AWHL);
  });

  test("in Ontario, the Ontario helplines join them, each marked as Ontario's", async ({ page }) => {
    await planWith(page, { province: "Ontario" });
    expect(await walletCardLines(page)).toEqual(["Emergency 911", `Helpline ${AWHL}`]);
    await page.goto("/planner");
    const lines = planSection(page, "emergency").locator("[data-crisis-lines] li");
    await expect(lines).toHaveText([
      /911/,
      `Assaulted Women's Helpline: ${AWHL} (Ontario)`,
      `Fem'aide: ${FEMAIDE} (Ontario)`,
      /988/,
    ]);
    await expect(lines.getByRole("link", { name: AWHL })).toHaveAttribute("href", "tel:+18668630511");
  });

  test("in Ontario, asking for French puts the French line first after 911, on the card too, and marks the lines that answer in French", async ({
    page,
  }) => {
    await planWith(page, { province: "Ontario", language: "French" });
    expect(await walletCardLines(page)).toEqual(["Emergency 911", `Helpline in French ${FEMAIDE}`]);
    await page.goto("/planner/section/emergency");
    const lines = page.locator("[data-crisis-lines] li");
    await expect(lines.nth(1)).toHaveText(`Fem'aide: ${FEMAIDE} (Ontario) · answers in French`);
    await expect(lines.filter({ hasText: AWHL })).not.toContainText("French");
  });

  test("asking for another language marks the lines that can bring in an interpreter, in a province or not", async ({
    page,
    openBrowser,
  }) => {
    await planWith(page, { province: "Ontario", language: "Another language" });
    await page.goto("/planner");
    await expect(planSection(page, "emergency").locator("[data-crisis-lines] li").nth(1)).toHaveText(
      `Assaulted Women's Helpline: ${AWHL} (Ontario) · can bring in an interpreter`,
    );

    const elsewhere = await (await openBrowser()).newPage();
    await planWith(elsewhere, { language: "Another language" });
    await elsewhere.goto("/planner");
    await expect(planSection(elsewhere, "emergency").locator("[data-crisis-lines] li").nth(1)).toHaveText(
      "9-8-8 Suicide Crisis Helpline: 988 · can bring in an interpreter",
    );
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("in Alberta, the card and the printed plan carry Alberta's own line, marked as Alberta's", async ({
      page,
    }) => {
      await planWith(page, { province: "Alberta" });
      expect(await walletCardLines(page)).toEqual(["Emergency 911", "Helpline 310-1818"]);
      const printed = await printedLines(page);
      await expect(printed.getByRole("listitem").nth(1)).toHaveText(
        "Family Violence Info Line (Alberta): 310-1818 (Alberta)",
      );
      await expect(page.getByRole("main")).not.toContainText(AWHL);
    });

    test("in a province with no line always open for all of it, the plan says so and points to the map of shelters", async ({
      page,
    }) => {
      await planWith(page, { province: "New Brunswick" });
      expect(await walletCardLines(page)).toEqual(["Emergency 911", "Crisis line 988"]);
      const printed = await printedLines(page);
      await expect(printed).toContainText(
        "The resource list has no line for all of New Brunswick that is always open yet. ShelterSafe (sheltersafe.ca) lists shelters and crisis lines across Canada.",
      );
    });
  });
});
