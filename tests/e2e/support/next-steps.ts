import { expect, type Locator, type Page } from "@playwright/test";
import { question } from "./plan";

/** The next steps the plan page opens with, in order. */
export function nextSteps(page: Page): Locator {
  return page.locator("[data-next-steps] [data-next-step]");
}

export async function nextStepIds(page: Page): Promise<string[]> {
  return nextSteps(page).evaluateAll((steps) => steps.map((step) => step.getAttribute("data-next-step") ?? ""));
}

export function nextStep(page: Page, id: string): Locator {
  return page.locator(`[data-next-steps] [data-next-step="${id}"]`);
}

/** Ticks exactly these priorities on the questions page (none: the question is skipped) and saves. */
export async function choosePriorities(page: Page, labels: string[]): Promise<void> {
  await page.goto("/planner/questions");
  const group = page.getByRole("group", { name: question.priorities, exact: true });
  for (const box of await group.getByRole("checkbox").all()) {
    const label = (await box.evaluate((input) => input.closest("div")?.textContent ?? "")).trim();
    await box.setChecked(labels.includes(label));
  }
  await page.getByRole("button", { name: "Save my answers" }).click();
  await expect(page).toHaveURL(/\/planner$/);
}

/** Presses one of a step's buttons and waits for the plan page to come back without that step. */
export async function pressOnStep(page: Page, id: string, button: "Done" | "Pick a different one"): Promise<void> {
  await nextStep(page, id).getByRole("button", { name: button, exact: true }).click();
  await expect(nextStep(page, id)).toHaveCount(0);
  await expect(page).toHaveURL(/\/planner$/);
}
