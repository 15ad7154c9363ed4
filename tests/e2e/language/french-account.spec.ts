import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { newPassphrase, OFFERED_USERNAME, RECOVERY_CODE_FORMAT } from "../support/accounts";
import { expect, test } from "../support/fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** Sign-up runs Argon2 (64 MiB), which takes a while on a busy machine. */
const ARGON2_WAIT_MS = 15_000;

async function noViolations(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.locator("h1")).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);
}

/** Signs up in French from the sign-up page, and stops on the recovery code. */
async function signUpInFrench(page: Page): Promise<string> {
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer un compte privé");
  await expect(page.getByRole("heading", { name: "Votre nom d'utilisateur" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Donnez-moi un autre nom d'utilisateur" })).toBeVisible();
  const username = (await page.locator("[data-offered-username]").textContent())?.trim() ?? "";
  expect(username).toMatch(OFFERED_USERNAME);
  const passphrase = newPassphrase();
  await page.getByLabel("Phrase de passe", { exact: true }).fill(passphrase);
  await page.getByLabel("Phrase de passe encore une fois").fill(passphrase);
  const question = page.getByRole("group", { name: "Qu'aimeriez-vous faire ici?" });
  await expect(question.getByLabel("Un plan pour changer ma façon d'agir")).toBeVisible();
  await question.getByLabel("Un plan pour ma sécurité").check();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.locator("[data-recovery-code]")).toHaveText(RECOVERY_CODE_FORMAT, { timeout: ARGON2_WAIT_MS });
  await expect(page.getByRole("heading", { name: "Votre code de récupération" })).toBeVisible();
  await expect(page.getByText("Votre nom d'utilisateur est")).toBeVisible();
  await expect(page.getByRole("link", { name: "Je l'ai noté. Continuer" })).toBeVisible();
  await expect(page.getByText("Your recovery code")).toHaveCount(0);
  return username;
}

async function seeAccountInFrench(page: Page, username: string) {
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre compte");
  await expect(page.locator("main strong").first()).toHaveText(username);
  await expect(page.locator("[data-last-sign-in]")).toHaveText("C'est la première connexion à ce compte.");
  await expect(page.getByRole("link", { name: "Votre plan de sécurité" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await page.goto("/account/sessions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Où votre compte est ouvert");
  await expect(page.locator("[data-session-name]").first()).toHaveText("Ce navigateur");
  await expect(page.locator("main")).toContainText("Connexion maintenant (");
  await page.goto("/account/display");
  await expect(page.getByRole("heading", { level: 2, name: "Fuseau horaire" })).toBeVisible();
  await page.goto("/account/delete");
  await expect(page.getByRole("button", { name: "Supprimer mon compte et tout ce qu'il contient" })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a browser set to French (Canada), JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ locale: "fr-CA", javaScriptEnabled });

    test("signs up and sees the sign-up, the recovery code and the account pages in French", async ({ page }) => {
      const username = await signUpInFrench(page);
      await seeAccountInFrench(page, username);
    });
  });
}

test.describe("French account pages", () => {
  test.use({ locale: "fr-CA" });

  for (const width of [320, 1280]) {
    test(`the sign-up page, the recovery code and the account page in French at ${width} px have no WCAG violations`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/sign-up");
      await noViolations(page);
      await signUpInFrench(page);
      await noViolations(page);
      await page.goto("/account");
      await noViolations(page);
    });
  }
});
