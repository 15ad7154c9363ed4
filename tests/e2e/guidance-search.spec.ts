import { expect, test } from "./support/fixtures";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`searching the guidance (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });

    test("finds pages without putting the words in the address or the history", async ({ page }) => {
      await page.goto("/search");
      const field = page.getByLabel("Search for");
      await expect(field).toHaveAttribute("autocomplete", "off");
      await field.fill("go-bag");
      await page.getByRole("button", { name: "Search" }).click();
      await expect(page.getByRole("heading", { name: /pages? found for “go-bag”/ })).toBeVisible();
      await expect(page).toHaveURL(/\/search$/);
      const addresses = await page.evaluate(() => [location.href, document.referrer, String(history.length)]);
      expect(addresses.join(" ")).not.toContain("go-bag");
      await page.getByRole("link", { name: "Getting ready to leave" }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Getting ready to leave");
      expect(page.url()).not.toContain("go-bag");
    });

    test("explains a search that is too short, next to the field", async ({ page }) => {
      await page.goto("/search");
      await page.getByLabel("Search for").fill("a");
      await page.getByRole("button", { name: "Search" }).click();
      const field = page.getByLabel("Search for");
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription("Type at least two letters to search for.");
    });
  });
}
