import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { CHANGE_PLAN, expectFieldError, newPassphrase, signUp, type PlanChoice } from "@/tests/e2e/support/accounts";
import { test } from "@/tests/e2e/support/fixtures";
import { addPerson, answerQuestions, journeyAnswers, marker, openSection } from "@/tests/e2e/support/plan";

// A browser set to Canadian French sends Accept-Language: fr-CA; no language is chosen on the site.
test.use({ locale: "fr-CA" });

// Locking and opening the file each run Argon2 on the server.
const ARGON2_WAIT_MS = 15_000;

/** Words a French page would never hold, unless English was left in it. */
const ENGLISH_WORDS = ["the", "your", "you", "and", "with", "this", "that", "print", "back", "copy", "open"];
const MORE_ENGLISH = ["file", "passphrase", "download", "before", "show", "choose", "what", "ideas", "word", "people"];

/** The copy's file name stays the same in every language. */
const FILE_NAME = /copy-\d{4}-\d{2}-\d{2}\.json/g;

/** The English words in the page's main text, leaving out what is marked as English, the file name and the person's own words. */
async function englishIn(page: Page, own: string[]): Promise<string[]> {
  const text = await page.getByRole("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const english of copy.querySelectorAll('[lang="en"]')) english.remove();
    return copy.innerText;
  });
  const kept = own.reduce((rest, word) => rest.replaceAll(word, " "), text.replace(FILE_NAME, " "));
  const words = kept.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return [...new Set(words.filter((word) => [...ENGLISH_WORDS, ...MORE_ENGLISH].includes(word)))];
}

async function expectFrench(page: Page, title: string, heading: string | RegExp, own: string[] = []) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page).toHaveTitle(`${title} · Harbour`);
  expect(await englishIn(page, own), new URL(page.url()).pathname).toEqual([]);
}

/** Signs up and fills the plan through the English pages, then lets the browser's French apply again. */
async function planThenFrench(page: Page, plan?: PlanChoice, fill = async () => {}) {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "English" }).click();
  await signUp(page, undefined, plan);
  await fill();
  await page.context().clearCookies({ name: "lang" });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
}

test("a French reader locks a copy, opens it again, prints the plan and the wallet card, all in French", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const person = { name: marker("Rowan"), reach: marker("555-0101-"), codeWord: marker("merle") };
  const own = Object.values(person);
  await planThenFrench(page, undefined, async () => {
    await answerQuestions(page, journeyAnswers);
    await openSection(page, "trusted-people");
    await addPerson(page, person, "button");
  });

  const filePassphrase = newPassphrase();
  await page.goto("/planner/export");
  await expectFrench(page, "Agenda", "Garder une copie verrouillée");
  await page.getByLabel("Une phrase de passe pour cette copie").fill(filePassphrase);
  await page.getByLabel("La même phrase de passe, encore une fois").fill(newPassphrase());
  await page.getByRole("button", { name: "Faire une copie verrouillée" }).click();
  await expectFieldError(page, "confirmPassphrase", "Les deux phrases de passe ne sont pas pareilles.");
  await page.getByLabel("Une phrase de passe pour cette copie").fill(filePassphrase);
  await page.getByLabel("La même phrase de passe, encore une fois").fill(filePassphrase);
  await page.getByRole("button", { name: "Faire une copie verrouillée" }).click();
  const link = page.locator("[data-plan-file]");
  await expect(link).toHaveText(/^Télécharger copy-\d{4}-\d{2}-\d{2}\.json$/, { timeout: ARGON2_WAIT_MS });
  await expect(page.getByRole("main").getByRole("status")).toContainText("Votre copie verrouillée est prête.");
  expect(await englishIn(page, [])).toEqual([]);
  const downloading = page.waitForEvent("download");
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^copy-\d{4}-\d{2}-\d{2}\.json$/);
  const file = test.info().outputPath(path.basename(download.suggestedFilename()));
  await download.saveAs(file);

  await page.goto("/planner/import");
  await expectFrench(page, "Agenda", "Ramener une copie");
  await page.getByLabel("Le fichier que vous avez gardé").setInputFiles(file);
  await page.getByLabel("La phrase de passe choisie pour ce fichier").fill(newPassphrase());
  await page.getByRole("button", { name: "Ouvrir la copie" }).click();
  await expectFieldError(page, "passphrase", "Cette phrase de passe n'ouvre pas ce fichier.");
  await page.getByLabel("Le fichier que vous avez gardé").setInputFiles(file);
  await page.getByLabel("La phrase de passe choisie pour ce fichier").fill(filePassphrase);
  await page.getByRole("button", { name: "Ouvrir la copie" }).click();
  const preview = page.getByRole("region", { name: "Ce que cette copie changerait" });
  await expect(preview.getByRole("status")).toHaveText("La copie est ouverte. Rien n'a encore été remplacé.", {
    timeout: ARGON2_WAIT_MS,
  });
  await expect(preview).toContainText("Cette copie est pareille à votre plan actuel");
  await expect(preview.getByRole("link", { name: "Garder mon plan tel quel" })).toBeVisible();
  expect(await englishIn(page, own)).toEqual([]);

  await page.goto("/planner/print");
  await expectFrench(page, "Imprimer", "Imprimer votre plan");
  await expect(page.getByRole("heading", { name: "Avant d'imprimer" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Mots de code" })).not.toBeChecked();
  await page.getByRole("button", { name: "Afficher mon plan à imprimer" }).click();
  await expectFrench(page, "Imprimer", "Mon plan", own);
  await expect(page.getByRole("main")).toContainText(person.name);
  await expect(page.getByRole("heading", { name: "Personnes de confiance" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Changer ce qui va sur papier" })).toBeVisible();

  await page.goto("/planner/card");
  await expectFrench(page, "Carte", "Une carte de poche");
  await page.getByRole("link", { name: "Je comprends. Afficher la carte" }).click();
  await expectFrench(page, "Carte", "Votre carte de poche", own);
  const card = page.locator("[data-wallet-card]");
  await expect(card).toContainText("Urgence 911");
  await expect(card).toContainText(`Mot : ${person.codeWord}`);
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeVisible();
});

test("a French reader's change plan pages to lock, bring back and print a copy are in French", async ({ page }) => {
  test.setTimeout(60_000);
  await planThenFrench(page, CHANGE_PLAN);
  await page.goto("/journal/export");
  await expectFrench(page, "Journal", "Garder une copie verrouillée de votre plan de changement");
  await page.goto("/journal/import");
  await expectFrench(page, "Journal", "Ramener une copie de votre plan de changement");
  await expect(page.getByRole("button", { name: "Ramener mon plan" })).toBeVisible();
  await page.goto("/journal/print");
  await expectFrench(page, "Imprimer", "Imprimer votre plan de changement");
  await page.getByRole("link", { name: "Je comprends. Afficher le plan" }).click();
  await expectFrench(page, "Imprimer", "Mon plan de changement");
});
