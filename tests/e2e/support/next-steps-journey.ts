import { expect, type Page } from "@playwright/test";
import { signUp } from "./accounts";
import { nextStep, nextStepIds, nextSteps, choosePriorities, pressOnStep } from "./next-steps";
import { answerQuestions, changesList, finishReview, idea, planSection } from "./plan";

const MONEY_FIRST = "Why this is here: You said “Money and housing” matters most to you.";

/** Where a step's idea lives: the link to its part of the plan. */
async function partOf(page: Page, id: string): Promise<string> {
  return (await nextStep(page, id).getByRole("link").getAttribute("href")) ?? "";
}

async function sectionOrder(page: Page): Promise<string[]> {
  return page
    .locator("section[data-section]")
    .evaluateAll((sections) => sections.map((section) => section.getAttribute("data-section") ?? ""));
}

/**
 * The plan opens with a few next steps: first steps with no priorities, the priorities' own once
 * chosen; "Done" and "Pick a different one" each replace a step, and nothing leaves the plan.
 * The same with JavaScript and without it (every button is a plain form).
 */
export async function nextStepsJourney(page: Page): Promise<void> {
  await signUp(page);
  // Before any answer, the part about leaving has one idea, and says so in the singular.
  await page.goto("/planner");
  await expect(planSection(page, "leaving").getByText("1 idea", { exact: true })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(/\b1 ideas\b/);
  await answerQuestions(page, { living: "We live together" });

  // No priorities yet: three first steps, each saying why, and where to say what matters most.
  const first = await nextStepIds(page);
  expect(first).toHaveLength(3);
  for (const id of first)
    await expect(nextStep(page, id)).toContainText("Why this is here: One of the first steps in many plans.");
  await expect(page.locator("[data-next-steps]")).toContainText("To choose them by what matters most to you");
  await finishReview(page);

  // A priority changes the steps; each says which priority brought it, and its parts come first.
  await choosePriorities(page, ["Money and housing"]);
  const forMoney = await nextStepIds(page);
  expect(forMoney).toHaveLength(5);
  expect(forMoney).not.toEqual(first);
  for (const id of forMoney) await expect(nextStep(page, id)).toContainText(MONEY_FIRST);
  expect((await sectionOrder(page)).slice(0, 3)).toEqual(["emergency", "money", "safe-places"]);
  await expect(changesList(page)).toContainText([
    "You changed your answer to “What matters most to you right now?” from skipped to Money and housing.",
  ]);

  // Done: the step goes, the others stay, the next idea takes its place, and it is ticked in its part.
  const [doneId, ...stayed] = forMoney as [string, ...string[]];
  const doneIn = await partOf(page, doneId);
  await pressOnStep(page, doneId, "Done");
  const afterDone = await nextStepIds(page);
  expect(afterDone).toHaveLength(5);
  expect(afterDone).toEqual(expect.arrayContaining(stayed));

  // Pick a different one: the same, and the idea stays in its part of the plan, not ticked.
  const asideId = afterDone[1]!;
  const asideIn = await partOf(page, asideId);
  await pressOnStep(page, asideId, "Pick a different one");
  const afterAside = await nextStepIds(page);
  expect(afterAside).toHaveLength(5);
  expect(afterAside).toEqual(expect.arrayContaining(afterDone.filter((id) => id !== asideId)));
  expect(afterAside).not.toContain(doneId);

  await page.goto(doneIn);
  await expect(idea(page, doneId)).toBeChecked();
  await page.goto(asideIn);
  await expect(idea(page, asideId)).not.toBeChecked();

  // The ideas set aside can come back.
  await page.goto("/planner");
  await page.getByRole("button", { name: "Suggest the ideas I set aside again" }).click();
  await expect(nextStep(page, asideId)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Suggest the ideas I set aside again" })).toHaveCount(0);
  await expect(nextSteps(page)).toHaveCount(5);

  // Every tool is in one menu, which opens with or without JavaScript.
  const tools = page.getByRole("navigation", { name: "Plan tools" });
  await expect(tools).toBeHidden();
  await page.getByText("Plan tools", { exact: true }).click();
  for (const label of [
    "Your answers",
    "Review my plan",
    "History",
    "Print",
    "Wallet card",
    "Notes for the people who help you",
  ])
    await expect(tools.getByRole("link", { name: label, exact: true })).toBeVisible();
  await tools.getByRole("link", { name: "History", exact: true }).click();
  await expect(page).toHaveURL(/\/planner\/history$/);
}
