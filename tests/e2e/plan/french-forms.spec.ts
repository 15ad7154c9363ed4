import type { Page } from "@playwright/test";
import { textLimits } from "@/lib/plan/plan-limits";
import { pauseClock } from "@/tests/e2e/support/app-page";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { signUpThenFrench } from "@/tests/e2e/support/french-plan";
import { marker, planSection, row } from "@/tests/e2e/support/plan";

// A browser set to Canadian French sends Accept-Language: fr-CA; no language is chosen on the site.
test.use({ locale: "fr-CA" });

const TOO_LONG_NOTE = "Ne dépassez pas 4000 caractères.";

async function sendTooLongNote(page: Page, name: string): Promise<void> {
  await page.goto("/planner/section/trusted-people");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personnes de confiance");
  await row(page, "Ajouter une personne").getByLabel("Nom ou surnom").fill(name);
  const note = page.getByRole("main").getByLabel("Vos notes");
  await note.evaluate((element) => element.removeAttribute("maxlength"));
  await note.fill("n".repeat(textLimits.note + 1));
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await answered;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a French reader who types too much sees why in French, beside the box and in the summary, and the rest is saved", async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await signUpThenFrench(page);
      if (javaScriptEnabled) await pauseClock(page);
      const name = marker("Lee ");
      await sendTooLongNote(page, name);

      await expect(page.locator("#section-note-error")).toHaveText(TOO_LONG_NOTE);
      await expect(page.locator("#section-note")).toHaveAttribute("aria-invalid", "true");
      const summary = page.locator("[data-error-summary]");
      await expect(summary).toContainText(
        "Une chose n'a pas encore pu être enregistrée. Tout le reste est enregistré.",
      );
      await expect(summary.getByRole("link", { name: `Vos notes : ${TOO_LONG_NOTE}` })).toBeVisible();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Enregistré, sauf ce qui est indiqué.");
      await expect(page.getByRole("main")).not.toContainText("Keep this under");
      await expect(page.getByRole("main")).not.toContainText("could not be saved");

      await page.goto("/planner");
      await expect(planSection(page, "trusted-people")).toContainText(name);
    });
  });
}

test("a French reader's display settings, time zones and their names are in French", async ({ page }) => {
  test.setTimeout(60_000);
  await signUpThenFrench(page);
  await page.goto("/account/display");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Titre de l'onglet et site de sortie rapide");
  const zones = page.getByLabel("Fuseau horaire", { exact: true });
  await expect(zones.locator("option").first()).toHaveText("Suivre le fuseau horaire que mon navigateur indique");
  await expect(zones.locator('optgroup[label="Amérique"] option[value="America/Vancouver"]')).toHaveText(
    "Vancouver (heure du Pacifique)",
  );
  await expect(zones.locator('optgroup[label="Europe"] option[value="Europe/Paris"]')).toHaveText(
    "Paris (heure de l’Europe centrale)",
  );
  await zones.selectOption("America/Vancouver");
  await page.getByRole("button", { name: "Enregistrer le fuseau horaire" }).click();
  await expect(page.getByText("Enregistré. Les heures sont maintenant affichées dans ce fuseau.")).toBeVisible();

  await page.getByLabel("Un autre site, dont j'écris l'adresse ci-dessous").check();
  await page.getByLabel("Adresse d'un autre site").fill("nulle-part");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("main")).toContainText("Écrivez l'adresse au complet, en commençant par https://");
  for (const english of ["Time zone", "Follow the time zone", "Write the whole address", "America / "])
    await expect(page.getByRole("main")).not.toContainText(english);

  await page.goto("/account/sessions");
  await expect(page.locator("[data-time-zone]")).toContainText(
    "Les heures sont affichées dans votre fuseau horaire, Vancouver (heure du Pacifique).",
  );
  await expect(page.locator("[data-time-zone]").getByRole("link")).toHaveText("Changer le fuseau horaire");
});

test("a request the site refuses is answered in the reader's language", async ({ request }) => {
  const refused = await request.post("/planner", {
    headers: { "accept-language": "fr-CA,fr;q=0.9", "next-action": "not an action id" },
    data: "[]",
  });
  expect(refused.status()).toBe(400);
  expect(refused.headers()["content-language"]).toBe("fr-CA");
  expect(await refused.text()).toBe("Cette demande n'a pas pu être lue. Veuillez revenir en arrière et réessayer.");
});
