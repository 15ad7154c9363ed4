import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { CHANGE_PLAN, signUp, type Account, type PlanChoice } from "./accounts";

type Bundle = {
  strategies: { id: string; text: string }[];
  strategyWords: Record<string, Record<string, { text: string }>>;
};
const content = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../../lib/content/generated/content.json"), "utf8"),
) as Bundle;

/** The French words of each idea, as the content build wrote them, by id. */
const frenchIdeas = content.strategyWords["fr-CA"] ?? {};
const englishIdeas = new Map(content.strategies.map((strategy) => [strategy.id, strategy.text]));

/**
 * Signs up through the English pages, chosen with the language switch, since the shared sign-up
 * helper reads English labels; then forgets the choice, so the browser's own French applies again.
 */
export async function signUpThenFrench(page: Page, plan?: PlanChoice): Promise<Account> {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const account = await signUp(page, undefined, plan);
  await page.context().clearCookies({ name: "lang" });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  return account;
}

/** Signs up in a French browser and answers the plan's first questions in French. */
export async function answerFirstQuestionsInFrench(page: Page): Promise<Account> {
  const account = await signUpThenFrench(page);
  await page.goto("/planner/questions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quelques questions");
  const group = (name: string) => page.getByRole("group", { name, exact: true });
  await group("Qu'est-ce qui compte le plus pour vous en ce moment?")
    .getByLabel("Les enfants", { exact: true })
    .check();
  await group("Où en sont les choses avec la personne qui vous a fait du mal?")
    .getByLabel("Nous habitons ensemble", { exact: true })
    .check();
  await group("Avez-vous des enfants? Cochez leur âge.").getByLabel("De 5 à 12 ans", { exact: true }).check();
  await expect(page.getByText("Pourquoi nous le demandons :").first()).toBeVisible();
  await page.getByRole("button", { name: "Enregistrer mes réponses" }).click();
  await expect(page).toHaveURL(/\/planner$/);
  return account;
}

/** What a French reader sees on the plan: French parts, French next steps in the ideas' French words, French buttons. */
export async function expectPlanInFrench(page: Page): Promise<void> {
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre plan");
  for (const title of ["En cas d'urgence", "Personnes de confiance", "Se préparer à partir", "Enfants"])
    await expect(main.getByRole("heading", { name: title, exact: true })).toBeVisible();
  await expect(main.locator("section[data-section=children]")).toContainText(
    "Pourquoi cette partie est dans votre plan : Vous avez dit que vous avez des enfants.",
  );
  const steps = page.locator("[data-next-step]");
  await expect(page.getByRole("heading", { name: "Par où vous pourriez commencer" })).toBeVisible();
  expect(await steps.count()).toBeGreaterThanOrEqual(3);
  for (const id of await steps.evaluateAll((items) => items.map((item) => item.getAttribute("data-next-step")))) {
    const step = page.locator(`[data-next-step="${id}"]`);
    const french = frenchIdeas[id ?? ""]?.text;
    expect(french, `French words for ${id}`).toBeTruthy();
    await expect(step.locator("p").first()).toHaveText(french!);
    expect(french).not.toBe(englishIdeas.get(id ?? ""));
    await expect(step).toContainText("Pourquoi c'est ici :");
    await expect(step.getByRole("button", { name: "C'est fait" })).toBeVisible();
    await expect(step.getByRole("button", { name: "En choisir une autre" })).toBeVisible();
  }
  await expect(steps.first()).toContainText("Vous avez dit que « Les enfants » compte le plus pour vous en ce moment.");
  await expect(page.getByText("Outils du plan", { exact: true })).toBeVisible();
  for (const english of [
    "Your plan",
    "Where you could start",
    "Why this is here",
    "Pick a different one",
    "Every part",
  ])
    await expect(main).not.toContainText(english);
}

/** Marks the first step done with the French button; another idea takes its place. */
export async function markFirstStepDoneInFrench(page: Page): Promise<void> {
  const first = page.locator("[data-next-step]").first();
  const id = await first.getAttribute("data-next-step");
  await first.getByRole("button", { name: "C'est fait" }).click();
  await expect(page.locator(`[data-next-step="${id}"]`)).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre plan");
}

/** One part of the plan, opened from the plan, in French: its title, its ideas and its Save button. */
export async function expectPartInFrench(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Personnes de confiance", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personnes de confiance");
  await expect(page.getByRole("group", { name: "Des idées pour cette partie" })).toBeVisible();
  await expect(page.getByText("Pourquoi vous voyez ceci :").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour à votre plan" })).toBeVisible();
  const blank = page.getByRole("group", { name: "Ajouter une personne" });
  await expect(blank.getByLabel("Nom ou surnom")).toBeVisible();
  await expect(blank.getByRole("group", { name: "Ce qu'elle pourrait faire" })).toContainText(
    "Garder une clé de rechange",
  );
}

/** The go-bag list in French: a French suggestion ticked and saved stays ticked, in its French words. */
export async function tickFrenchSuggestion(page: Page): Promise<void> {
  await page.goto("/planner/section/leaving");
  await expect(page.getByRole("heading", { name: "Votre liste : papiers et sac de départ" })).toBeVisible();
  const card = page.getByRole("group", { name: "Carte d'assurance maladie (une suggestion)" });
  await card.getByRole("checkbox", { name: "Carte d'assurance maladie" }).check();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Enregistré.");
  await page.goto("/planner/section/leaving");
  await expect(page.getByRole("checkbox", { name: "Carte d'assurance maladie", exact: true })).toBeChecked();
  await expect(page.getByRole("group", { name: "Carte d'assurance maladie", exact: true })).toBeVisible();
}

/** Signs up for a change plan in a French browser and answers its questions in French. */
export async function answerChangeQuestionsInFrench(page: Page): Promise<void> {
  await signUpThenFrench(page, CHANGE_PLAN);
  await page.goto("/journal/questions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quelques questions");
  await page
    .getByRole("group", { name: "Êtes-vous parent, ou aidez-vous à prendre soin d'enfants?", exact: true })
    .getByLabel("Oui", { exact: true })
    .check();
  await page
    .getByRole("group", {
      name: "Où en êtes-vous avec un programme pour les personnes qui ont eu recours à la violence?",
    })
    .getByLabel("J'attends d'en commencer un", { exact: true })
    .check();
  await page.getByRole("button", { name: "Enregistrer mes réponses" }).click();
  await expect(page).toHaveURL(/\/journal$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre plan de changement");
  for (const title of ["Ce qui compte pour moi", "Mes signaux d'alarme", "Ce que je fais à la place"])
    await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
  await expect(page.locator("[data-suggestion=while-you-wait-for-a-program]")).toContainText(
    frenchIdeas["while-you-wait-for-a-program"]!.text,
  );
  await expect(page.getByRole("button", { name: "Enregistrer", exact: true })).toBeVisible();
}
