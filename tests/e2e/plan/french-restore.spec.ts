import { expect, type Page } from "@playwright/test";
import { mainForm } from "@/tests/e2e/support/accounts";
import { test } from "@/tests/e2e/support/fixtures";
import { answerChangeQuestionsInFrench, signUpThenFrench } from "@/tests/e2e/support/french-plan";
import { entryWithChange, historyEntries, LOCAL_ZONE } from "@/tests/e2e/support/history";
import { marker } from "@/tests/e2e/support/plan";

// A browser set to Canadian French sends Accept-Language: fr-CA; no language is chosen on the site.
test.use({ locale: "fr-CA", timezoneId: LOCAL_ZONE });

/** "1 déc. 2026, 14 h 05": a saved time as a French reader in the test's zone reads it. */
const frenchTime = (iso: string) =>
  new Intl.DateTimeFormat("fr-CA", { dateStyle: "medium", timeStyle: "short", timeZone: LOCAL_ZONE }).format(
    new Date(iso),
  );

const english = ["You added", "trusted person", "Saved", "Brought back", "Your plan", "Times are shown", "Bring back"];

async function addPersonInFrench(page: Page, name: string): Promise<void> {
  await page.goto("/planner/section/trusted-people");
  await page.getByRole("group", { name: "Ajouter une personne" }).getByLabel("Nom ou surnom").fill(name);
  await mainForm(page).getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(mainForm(page).getByRole("status")).toHaveText("Enregistré.");
  await expect(page.getByRole("group", { name, exact: true })).toBeVisible();
}

async function expectNoEnglish(page: Page): Promise<void> {
  const main = page.getByRole("main");
  for (const words of english) await expect(main).not.toContainText(words);
}

test("a French reader sees their plan's history in French and brings back an earlier version", async ({ page }) => {
  test.setTimeout(120_000);
  const [sam, alex] = [marker("Sam "), marker("Alex ")];
  await signUpThenFrench(page);
  await addPersonInFrench(page, sam);
  await addPersonInFrench(page, alex);

  await page.goto("/planner/history");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre plan au fil du temps");
  await expect(page.locator("[data-time-zone]")).toContainText(
    "Les heures sont affichées dans votre fuseau horaire, Vancouver (heure du Pacifique).",
  );
  await expect(historyEntries(page).first().getByRole("link")).toHaveText("Enregistré");
  const addedSam = entryWithChange(page, `Vous avez ajouté une personne de confiance : « ${sam} ».`).first();
  await expect(addedSam).toBeVisible();
  await expect(entryWithChange(page, `Vous avez ajouté une personne de confiance : « ${alex} ».`)).not.toHaveCount(0);
  const savedAt = frenchTime((await addedSam.locator("time").getAttribute("datetime")) ?? "");
  await expect(addedSam.locator("time")).toContainText(`(${savedAt})`);
  await expectNoEnglish(page);

  await addedSam.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Votre plan tel qu'il était");
  await expect(page.getByRole("heading", { name: "Ce qui est différent maintenant" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`Vous avez ajouté une personne de confiance : « ${alex} ».`);
  await expectNoEnglish(page);
  await page.getByRole("button", { name: "Ramener cette version" }).click();
  const status = page.getByRole("main").getByRole("status");
  await expect(status).toContainText(`La version du ${savedAt} est de nouveau votre plan.`);
  await expect(status.getByRole("link", { name: "Voir votre plan" })).toBeVisible();
  await expectNoEnglish(page);

  await page.goto("/planner/history");
  const restored = historyEntries(page).first();
  await expect(restored.getByRole("link")).toHaveText(`Vous avez ramené la version du ${savedAt}`);
  await expect(restored.locator("[data-change]")).toHaveText(
    `Vous avez retiré une personne de confiance : « ${alex} ».`,
  );
  await expect(historyEntries(page).nth(1).getByRole("link")).toHaveText(
    "Votre plan juste avant que vous rameniez une version précédente",
  );
  await expectNoEnglish(page);
});

test("a French reader sees the change plan's history and an earlier version in French", async ({ page }) => {
  test.setTimeout(120_000);
  await answerChangeQuestionsInFrench(page);
  await page.goto("/journal/history");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre plan de changement au fil du temps");
  await expect(page.getByRole("link", { name: "Retour à votre plan de changement" })).toBeVisible();
  await expect(page.locator("[data-time-zone]")).toContainText("Les heures sont affichées");
  const first = page.locator("[data-revisions] li").first();
  await expect(first.getByRole("link")).toHaveText("Enregistré");
  await expectNoEnglish(page);
  await first.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Votre plan de changement tel qu'il était");
  await expect(page.getByRole("heading", { name: "Ce qui est différent maintenant" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour à l'historique" })).toBeVisible();
  await expectNoEnglish(page);
});
