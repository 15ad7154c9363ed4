import AxeBuilder from "@axe-core/playwright";
import { neutralCode } from "@/lib/content/neutral-code";
import { guidePath } from "@/lib/site/site-routes";
import { expectOnNeutralSite } from "../support/app-page";
import { expect, test } from "../support/fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const FRENCH_HOME_HEADING = "Bienvenue. Allez à votre rythme.";
const ENGLISH_HOME_HEADING = "Welcome. Take this at your own pace.";

test.describe("a browser set to French (Canada)", () => {
  test.use({ locale: "fr-CA" });

  test("gets the site in French: the page, its language, the menu and the quick exit", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FRENCH_HOME_HEADING);
    const menu = page.getByRole("navigation", { name: "Menu principal" });
    await expect(menu.getByRole("link", { name: "Trouver de l'aide maintenant" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sortie rapide", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sortie rapide : quitter ce site maintenant" })).toHaveCount(1);
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("lang", "en");
    await expect(page.getByText(ENGLISH_HOME_HEADING)).toHaveCount(0);
  });

  test("hears the quick exit's Shift count in French", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Shift");
    await expect(page.locator("#quick-exit-announcer")).toHaveText(
      "Sortie rapide : appuyez encore 2 fois sur Maj pour quitter ce site.",
    );
  });

  for (const width of [320, 1280]) {
    for (const address of ["/", guidePath(neutralCode("guide", "safety-when-leaving"))]) {
      test(`${address} in French at ${width} px has no WCAG violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(address);
        await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
        await expect(page.locator("h1")).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);
      });
    }
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switch goes to French and back and stays on the same page", async ({ page }) => {
    await page.goto("/links");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.getByRole("button", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/links$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
    await expect(page.getByRole("link", { name: "Sortie rapide", exact: true })).toBeVisible();

    await page.getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/links$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Quick exit", exact: true })).toBeVisible();
  });

  test("the choice outlasts the browser's own language but not a quick exit", async ({ page, context }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Français" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FRENCH_HOME_HEADING);
    expect((await context.cookies()).map((cookie) => cookie.name)).toContain("lang");
    const [kept] = (await context.cookies()).filter((cookie) => cookie.name === "lang");
    expect(kept).toMatchObject({ value: "fr-CA", httpOnly: true, sameSite: "Lax", path: "/" });

    await page.getByRole("link", { name: "Sortie rapide", exact: true }).click();
    await expectOnNeutralSite(page);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("lang");

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ENGLISH_HOME_HEADING);
  });
});

test("the switch only ever sends the browser back to a page of this site", async ({ request }) => {
  for (const returnTo of ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"]) {
    const response = await request.post("/language", { form: { locale: "fr-CA", returnTo }, maxRedirects: 0 });
    expect(response.status(), returnTo).toBe(303);
    expect(response.headers()["location"], returnTo).toBe("/");
  }
  const kept = await request.post("/language", { form: { locale: "fr-CA", returnTo: "/contacts" }, maxRedirects: 0 });
  expect(kept.headers()["location"]).toBe("/contacts");
});

test("a language the site does not speak is not kept", async ({ request }) => {
  const response = await request.post("/language", { form: { locale: "xx", returnTo: "/about" }, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toBe("/about");
  expect(response.headers()["set-cookie"] ?? "").not.toMatch(/lang=/);
});
