import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { loadResources } from "@/lib/content/load-resources";
import { loadStrategies } from "@/lib/content/load-strategies";
import { riskQuestion, type LookBackWords } from "@/lib/plan/risk-questions";
import type { RiskQuestionId } from "@/lib/plan/risk-reflection";
import { mainForm } from "./accounts";

const root = path.resolve(import.meta.dirname, "../../..");
/** The directory and the strategies as the content build reads them: their facts are typed once, in content/. */
export const directoryEntry = (id: string) => loadResources(root, "en").find((resource) => resource.id === id)!;
export const strategy = (id: string) => loadStrategies(root).find((candidate) => candidate.id === id)!;

/** The look back's words in a language, read from its messages file (Playwright loads no JSON modules). */
export const lookBackWords = (locale: string): LookBackWords =>
  JSON.parse(fs.readFileSync(path.join(root, "messages", locale, "lookBack.json"), "utf8")) as LookBackWords;
export const englishLookBack = lookBackWords("en");

export type Choice = "Yes" | "No" | "Not sure" | "Skip this question";

/** One question's group of choices, found by the question as the page asks it. */
export function riskGroup(page: Page, id: RiskQuestionId): Locator {
  return page.getByRole("group", { name: riskQuestion(id, englishLookBack).label, exact: true });
}

export function handOff(page: Page): Locator {
  return page.getByRole("region", { name: "Someone to talk it over with" });
}

/** Opens the look back, picks the choices given (others stay as they are), saves, and lands on the hand-off. */
export async function lookBack(page: Page, choices: Partial<Record<RiskQuestionId, Choice>>): Promise<void> {
  await page.goto("/planner/look-back");
  for (const [id, choice] of Object.entries(choices))
    await riskGroup(page, id as RiskQuestionId)
      .getByLabel(choice, { exact: true })
      .check();
  await mainForm(page).getByRole("button", { name: "Save my answers" }).click();
  await expect(page).toHaveURL(/\/planner\/look-back#talk-it-over$/);
  await expect(handOff(page)).toBeVisible();
  await expect(handOff(page).getByRole("heading", { level: 2 }), "the save lands on who to call").toBeInViewport();
}

/** The day the page says the look back was saved, as it is written in the page's <time>. */
export async function savedDay(page: Page): Promise<string> {
  return (await page.locator("main time").first().getAttribute("datetime")) ?? "";
}
