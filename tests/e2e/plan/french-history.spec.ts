import { expect } from "@playwright/test";
import { describeDay } from "@/lib/plan/calendar-day";
import { riskQuestion } from "@/lib/plan/risk-questions";
import type { RiskQuestionId } from "@/lib/plan/risk-reflection";
import { mainForm } from "@/tests/e2e/support/accounts";
import { test } from "@/tests/e2e/support/fixtures";
import { signUpThenFrench } from "@/tests/e2e/support/french-plan";
import { lookBackWords, savedDay } from "@/tests/e2e/support/look-back";

// A browser set to Canadian French sends Accept-Language: fr-CA; no language is chosen on the site.
test.use({ locale: "fr-CA" });

const french = lookBackWords("fr-CA");
const group = (page: import("@playwright/test").Page, id: RiskQuestionId) =>
  page.getByRole("group", { name: riskQuestion(id, french).label, exact: true });

test("a French reader looks back over the last few months in French, and saves its answers", async ({ page }) => {
  test.setTimeout(90_000);
  await signUpThenFrench(page);
  await page.goto("/planner/look-back");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Repenser aux derniers mois");
  await expect(page.getByText("Pourquoi nous le demandons :").first()).toBeVisible();
  await group(page, "strangulation").getByLabel("Oui", { exact: true }).check();
  await group(page, "threats-to-kill").getByLabel("Non", { exact: true }).check();
  await mainForm(page).getByRole("button", { name: "Enregistrer mes réponses" }).click();
  await expect(page).toHaveURL(/\/planner\/look-back#talk-it-over$/);
  const handOff = page.getByRole("region", { name: "Quelqu'un avec qui en parler" });
  await expect(handOff).toBeVisible();
  await expect(handOff.locator("[data-openers]")).toContainText(riskQuestion("strangulation", french).opener);
  await expect(handOff.locator("[data-openers]")).toContainText("J'aimerais parler d'un plan de sécurité.");

  await expect(page.locator("main time").first()).toContainText(describeDay(await savedDay(page), "fr-CA"));
  await group(page, "strangulation").getByLabel("Je ne sais pas", { exact: true }).check();
  await group(page, "threats-to-kill").getByLabel("Passer cette question", { exact: true }).check();
  await mainForm(page).getByRole("button", { name: "Enregistrer mes réponses" }).click();
  await expect(page).toHaveURL(/\/planner\/look-back#talk-it-over$/);
  await page.reload();
  await expect(group(page, "strangulation").getByLabel("Je ne sais pas", { exact: true })).toBeChecked();
  await expect(group(page, "threats-to-kill").getByLabel("Passer cette question", { exact: true })).toBeChecked();
  await expect(handOff).toContainText("Aucune de vos réponses n'était « oui ».");
  const main = page.getByRole("main");
  for (const english of ["Why we ask", "Not sure", "Save my answers", "You said", "Someone to talk it over with"])
    await expect(main).not.toContainText(english);
});
