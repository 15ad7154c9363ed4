import { expect, test } from "./support/fixtures";

test.describe("finding a service to contact", () => {
  test.use({ javaScriptEnabled: false });

  test("the directory filters by who a service is for, with plain links", async ({ page }) => {
    await page.goto("/links");
    await expect(page.getByText("10 services.")).toBeVisible();
    const filters = page.getByRole("navigation", { name: "Who it is for" });
    await filters.getByRole("link", { name: "People who want to change" }).click();
    await expect(page).toHaveURL(/\/links\/[0-9a-f]{8}$/);
    await expect(filters.getByRole("link", { name: "People who want to change" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { name: "Distress Centres of Greater Toronto" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Fem'aide" })).toHaveCount(0);
    await filters.getByRole("link", { name: "Everyone" }).click();
    await expect(page.getByRole("heading", { name: "Fem'aide" })).toBeVisible();
  });

  test("each service says how to reach it and what contacting it leaves behind", async ({ page }) => {
    await page.goto("/links");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Kids Help Phone" }) });
    await expect(card.getByRole("link", { name: "1-800-668-6868" })).toHaveAttribute("href", "tel:+18006686868");
    await expect(card.getByRole("link", { name: "CONNECT to 686868" })).toHaveAttribute("href", "sms:686868?body=CONNECT");
    await expect(card.getByText("What it can leave behind:")).toBeVisible();
    const helpline = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Assaulted Women's Helpline" }) });
    await expect(helpline.getByRole("link", { name: "1-866-863-7868" })).toHaveAttribute("href", "tel:+18668637868");
  });

  test("Get help now lists the lines that are always open", async ({ page }) => {
    await page.goto("/contacts");
    for (const name of ["Emergency services (911)", "9-8-8 Suicide Crisis Helpline", "Assaulted Women's Helpline", "Fem'aide"]) {
      await expect(page.getByRole("heading", { name })).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "Shelter Safe" })).toHaveCount(0);
  });
});
