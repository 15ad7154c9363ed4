import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { signUp } from "@/tests/e2e/support/accounts";
import {
  englishLookBack,
  directoryEntry,
  handOff,
  lookBack,
  riskGroup,
  savedDay,
  strategy,
  type Choice,
} from "@/tests/e2e/support/look-back";
import { answerQuestions, changesList, finishReview, idea, openSection } from "@/tests/e2e/support/plan";
import { describeDay } from "@/lib/plan/calendar-day";
import { riskQuestion } from "@/lib/plan/risk-questions";
import { riskQuestionIds } from "@/lib/plan/risk-reflection";

const databaseFolder = path.join(import.meta.dirname, "../../.output/e2e-artifacts/database");
/** Words that would rate a person's danger. */
const RATING = /\b(score|scored|level|points?|rating|high[- ]risk|low[- ]risk|moderate)\b|\d+ (out )?of \d+/i;

/** Each "yes" brings its ideas, each saying why it is there, into the part of the plan it belongs to. */
async function expectIdea(page: import("@playwright/test").Page, section: string, id: string) {
  await openSection(page, section);
  await expect(page.locator(`[data-suggestion="${id}"]`)).toContainText(`Why you see this: ${strategy(id).why}`);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("yes to choking and a weapon brings those ideas into the plan with why, and a line to call with what it leaves behind", async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await signUp(page);
      await answerQuestions(page, { province: "Ontario" });
      await page.goto("/planner");
      await expect(page.locator("[data-reflection-summary]")).toContainText(
        "A few questions about the last few months can bring ideas into your plan",
      );
      await page
        .locator("[data-reflection-summary]")
        .getByRole("link", { name: "Look back over the last few months" })
        .click();
      await expect(page).toHaveURL(/\/planner\/look-back$/);
      await expect(page).toHaveTitle(/^Planner/);

      await lookBack(page, { strangulation: "Yes", weapon: "Yes", stalking: "Not sure" });
      await expect(riskGroup(page, "strangulation").getByLabel("Yes", { exact: true })).toBeChecked();
      await expect(riskGroup(page, "stalking").getByLabel("Not sure", { exact: true })).toBeChecked();
      await expect(riskGroup(page, "pregnancy").getByLabel("Skip this question", { exact: true })).toBeChecked();

      // The hand-off: Ontario's helpline from the directory, with what calling it leaves behind, and what to say.
      const helpline = directoryEntry("assaulted-womens-helpline");
      const line = handOff(page).locator('[data-hand-off-line="assaulted-womens-helpline"]');
      await expect(line).toContainText(helpline.name);
      await expect(line.getByRole("link", { name: helpline.phone })).toHaveAttribute("href", /^tel:\+1/);
      await expect(line).toContainText(`What it can leave behind: ${helpline.traces}`);
      await expect(handOff(page).locator('[data-hand-off-line="ontario-victim-support-line"]')).toContainText(
        `Suggested because you said yes to “${riskQuestion("weapon", englishLookBack).short}”.`,
      );
      await expect(handOff(page).locator("[data-openers]")).toContainText(
        riskQuestion("strangulation", englishLookBack).opener,
      );
      await expect(handOff(page).locator("[data-openers]")).toContainText("I would like to talk about a safety plan.");
      await expect(handOff(page)).toContainText(`If you are in danger right now: ${directoryEntry("emergency").name}`);

      // The ideas, in the parts of the plan they belong to; "not sure" brings none of its own.
      await expectIdea(page, "emergency", "risk-choking-check-up");
      await expectIdea(page, "emergency", "risk-weapon-know-where-it-is");
      await expectIdea(page, "legal", "risk-weapon-ask-about-removal");
      await expectIdea(page, "trusted-people", "risk-choking-tell-a-worker");
      await openSection(page, "technology");
      await expect(idea(page, "risk-stalking-tracking-check")).toHaveCount(0);

      // The plan says when, and offers to look again, without repeating the answers.
      await page.goto("/planner");
      const summary = page.locator("[data-reflection-summary]");
      await expect(summary).toContainText("You last looked back over the last few months on");
      await expect(summary.getByRole("link", { name: "Look back again" })).toHaveAttribute(
        "href",
        "/planner/look-back",
      );
      await expect(summary).not.toContainText(riskQuestion("strangulation", englishLookBack).short);
    });

    test("skipping every question, or answering not sure, saves fine, and a line is still offered", async ({
      page,
    }) => {
      await signUp(page);
      await lookBack(page, {});
      await expect(handOff(page)).toContainText("None of your answers was “yes”.");
      const shelters = directoryEntry("shelter-safe");
      await expect(handOff(page).locator('[data-hand-off-line="shelter-safe"]')).toContainText(
        `What it can leave behind: ${shelters.traces}`,
      );
      await expect(handOff(page)).toContainText("To see your province's own helplines here, add where you live");

      await lookBack(page, Object.fromEntries(riskQuestionIds.map((id) => [id, "Not sure" as Choice])));
      await expect(handOff(page)).toContainText("None of your answers was “yes”.");
      for (const id of riskQuestionIds)
        await expect(riskGroup(page, id).getByLabel("Not sure", { exact: true })).toBeChecked();
      await page.goto("/planner");
      await expect(page.locator("[data-reflection-summary]")).toContainText("You last looked back");
    });

    test("answering again from the review shows how each answer moved", async ({ page }) => {
      test.setTimeout(60_000);
      await signUp(page);
      await lookBack(page, { strangulation: "Yes", "threats-to-kill": "No" });
      const day = describeDay(await savedDay(page));
      await finishReview(page);

      await page.goto("/planner/review");
      const step = page.locator('[data-review-step="look-back"]');
      await expect(step).toContainText(`You last looked back on ${day}.`);
      await step.getByRole("link", { name: "Answer the questions again" }).click();
      await expect(page).toHaveURL(/\/planner\/look-back$/);
      await lookBack(page, { strangulation: "Not sure", "threats-to-kill": "Skip this question" });

      await page.goto("/planner/review");
      await expect(changesList(page)).toHaveText([
        `You said yes to “${riskQuestion("strangulation", englishLookBack).short}” on ${day}; now not sure.`,
        `You said no to “${riskQuestion("threats-to-kill", englishLookBack).short}” on ${day}; now skipped.`,
      ]);
    });
  });
}

test("no number, level or colour comes from the answers: all yes and all no look the same, and nothing is counted", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signUp(page);
  // How the questions are drawn, and how the plan shows the look back: the same classes whatever the answers.
  const drawn = async () => {
    const form = await page.locator("main form [class]").evaluateAll((nodes) => nodes.map((node) => node.className));
    await page.goto("/planner");
    const summary = await page
      .locator("[data-reflection-summary], [data-reflection-summary] [class]")
      .evaluateAll((nodes) => nodes.map((node) => node.className));
    return { form, summary };
  };
  const all = (choice: Choice) => Object.fromEntries(riskQuestionIds.map((id) => [id, choice]));

  await lookBack(page, all("Yes"));
  // Outside the directory's own facts, the date and the studies named, the page holds no number at all.
  const text = await page.getByRole("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-directory], [data-source], time").forEach((node) => node.remove());
    return copy.innerText;
  });
  expect(text).not.toMatch(/\d/);
  expect(text).not.toMatch(RATING);
  const allYes = await drawn();
  expect(await page.getByRole("main").innerText()).not.toMatch(RATING);

  await lookBack(page, all("No"));
  expect(await drawn()).toEqual(allYes);
});

test("the answers are not in the database file in readable form", async ({ page }) => {
  await signUp(page);
  await lookBack(page, { strangulation: "Yes", "order-breaches": "Not sure" });
  const files = fs.readdirSync(databaseFolder).filter((name) => name.startsWith("e2e.db"));
  const bytes = Buffer.concat(files.map((name) => fs.readFileSync(path.join(databaseFolder, name))));
  expect(bytes.includes(Buffer.from("Record")), "positive control: the name of the table plans live in").toBe(true);
  for (const word of ["answeredOn", "strangulation", "order-breaches", "not-sure"])
    expect(bytes.includes(Buffer.from(word)), word).toBe(false);
});
