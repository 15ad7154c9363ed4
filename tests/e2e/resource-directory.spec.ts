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

  test("Get help now lists the lines that are always open, grouped by where they answer", async ({ page }) => {
    await page.goto("/contacts");
    const canada = page.getByRole("region", { name: "Across Canada" });
    const ontario = page.getByRole("region", { name: "In Ontario only" });
    for (const name of ["Emergency services (911)", "9-8-8 Suicide Crisis Helpline", "Kids Help Phone"]) {
      await expect(canada.getByRole("heading", { name })).toBeVisible();
    }
    for (const name of ["Assaulted Women's Helpline", "Fem'aide", "Distress Centres of Greater Toronto"]) {
      await expect(ontario.getByRole("heading", { name })).toBeVisible();
    }
    await expect(ontario.getByText("Serves Greater Toronto, Ontario.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Shelter Safe" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "sheltersafe.ca" })).toHaveAttribute("href", "https://www.sheltersafe.ca/");
  });

  test("each service says where it answers, and a closed text line is not offered", async ({ page }) => {
    await page.goto("/links");
    const helpline = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Assaulted Women's Helpline" }) });
    await expect(helpline).toContainText("Always open · Ontario · English, and other languages through an interpreter");
    const distress = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Distress Centres of Greater Toronto" }) });
    await expect(distress).toContainText("Greater Toronto, Ontario");
    await expect(distress.getByRole("link", { name: /^Text|45645/ })).toHaveCount(0);
    await expect(page.getByRole("main")).not.toContainText("45645");
  });
});
