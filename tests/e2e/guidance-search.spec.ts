import { expect, test } from "./support/fixtures";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`searching the guidance (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });

    test("finds pages without putting the words in the address or the history", async ({ page }) => {
      await page.goto("/search");
      const field = page.getByLabel("Search for, or ask a question");
      await expect(field).toHaveAttribute("autocomplete", "off");
      await field.fill("go-bag");
      await page.getByRole("button", { name: "Search" }).click();
      await expect(page.getByRole("heading", { name: /pages? found for “go-bag”/ })).toBeVisible();
      await expect(page).toHaveURL(/\/search$/);
      const addresses = await page.evaluate(() => [location.href, document.referrer, String(history.length)]);
      expect(addresses.join(" ")).not.toContain("go-bag");
      await page.locator("[data-pages]").getByRole("link", { name: "Getting ready to leave" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Getting ready to leave");
      expect(page.url()).not.toContain("go-bag");
    });

    test("answers a question in plain words with passages, and shows a person to call", async ({ page }) => {
      await page.goto("/search");
      await page.getByLabel("Search for, or ask a question").fill("what can I do if he takes my phone?");
      await page.getByRole("button", { name: "Search" }).click();
      const answers = page.locator("[data-answers] > li");
      await expect(answers.first()).toBeVisible();
      expect(await answers.count()).toBeGreaterThanOrEqual(2);
      expect(await answers.count()).toBeLessThanOrEqual(3);
      await expect(answers.first().getByRole("link")).toHaveAttribute("href", /^\/(guide|planner|links)/);
      const talk = page.locator("[data-talk-to-a-person]");
      await expect(talk.getByRole("heading", { name: "Talk to a person" })).toBeVisible();
      await expect(talk.locator('a[href^="tel:"]').first()).toBeVisible();
    });

    test("says honestly when nothing fits, and still shows a person to call", async ({ page }) => {
      await page.goto("/search");
      await page.getByLabel("Search for, or ask a question").fill("zyzzyva quantum");
      await page.getByRole("button", { name: "Search" }).click();
      await expect(page.getByRole("heading", { name: "Nothing we have answers “zyzzyva quantum”" })).toBeVisible();
      await expect(page.locator("[data-talk-to-a-person] a[href^='tel:']").first()).toBeVisible();
    });

    test("explains a search that is too short, next to the field", async ({ page }) => {
      await page.goto("/search");
      await page.getByLabel("Search for, or ask a question").fill("a");
      await page.getByRole("button", { name: "Search" }).click();
      const field = page.getByLabel("Search for, or ask a question");
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(/Type at least two letters to search for\./);
    });
  });
}
