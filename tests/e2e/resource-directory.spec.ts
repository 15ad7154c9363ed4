import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const card = (page: Page, name: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });

test.describe("finding a service to contact", () => {
  test.use({ javaScriptEnabled: false });

  test("the directory filters by who a service is for, with plain links", async ({ page }) => {
    await page.goto("/links");
    await expect(page.getByText("55 services.")).toBeVisible();
    const filters = page.getByRole("navigation", { name: "Who it is for" });
    await filters.getByRole("link", { name: "People who want to change" }).click();
    await expect(page).toHaveURL(/\/links\/[0-9a-f]{8}$/);
    await expect(filters.getByRole("link", { name: "People who want to change" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByRole("heading", { name: "Distress Centres of Greater Toronto" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Fem'aide" })).toHaveCount(0);
    await filters.getByRole("link", { name: "Everyone" }).click();
    await expect(page.getByRole("heading", { name: "Fem'aide" })).toBeVisible();
  });

  test("each service says how to reach it and what contacting it leaves behind", async ({ page }) => {
    await page.goto("/links");
    const kids = card(page, "Kids Help Phone");
    await expect(kids.getByRole("link", { name: "1-800-668-6868" })).toHaveAttribute("href", "tel:+18006686868");
    await expect(kids.getByRole("link", { name: "CONNECT to 686868" })).toHaveAttribute(
      "href",
      "sms:686868?body=CONNECT",
    );
    await expect(kids.getByText("What it can leave behind:")).toBeVisible();
    await expect(
      card(page, "Assaulted Women's Helpline").getByRole("link", { name: "1-866-863-7868" }),
    ).toHaveAttribute("href", "tel:+18668637868");
  });

  test("a text line with a full number, and Alberta's 310-1818, open the phone's own apps", async ({ page }) => {
    await page.goto("/links");
    await expect(card(page, "LGBT YouthLine").getByRole("link", { name: "647-694-4275" })).toHaveAttribute(
      "href",
      "sms:+16476944275",
    );
    const alberta = card(page, "Family Violence Info Line (Alberta)");
    await expect(alberta.getByRole("link", { name: "310-1818" }).first()).toHaveAttribute("href", "tel:3101818");
    await expect(alberta.getByRole("link", { name: "310-1818" }).last()).toHaveAttribute("href", "sms:3101818");
  });

  test("each service says where it answers, and a closed text line is not offered", async ({ page }) => {
    await page.goto("/links");
    await expect(card(page, "Assaulted Women's Helpline")).toContainText(
      "Always open · Ontario · English, more than 200 languages",
    );
    await expect(card(page, "VictimLinkBC")).toContainText("British Columbia and Yukon");
    await expect(card(page, "Emergency services (911)")).toContainText("Canada, except Nunavut");
    const distress = card(page, "Distress Centres of Greater Toronto (408-HELP)");
    await expect(distress).toContainText("Greater Toronto, Ontario");
    await expect(distress.getByRole("link", { name: /^Text|45645/ })).toHaveCount(0);
    await expect(page.getByRole("main")).not.toContainText("45645");
  });
});

test.describe("choosing a province or territory, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the directory shows Alberta's own services first, then those for all of Canada, and keeps the choice across filters", async ({
    page,
  }) => {
    await page.goto("/links");
    await page.getByLabel("Where you live").selectOption({ label: "Alberta" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/links\?r=AB$/);
    await expect(page.getByLabel("Where you live")).toHaveValue("AB");
    await expect(page.getByText("services in Alberta, its own first, then those for all of Canada.")).toBeVisible();
    const names = await page.getByRole("main").getByRole("listitem").getByRole("heading").allTextContents();
    expect(names[0]).toBe("Family Violence Info Line (Alberta)");
    expect(names).toContain("9-8-8 Suicide Crisis Helpline");
    expect(names).not.toContain("Assaulted Women's Helpline");
    await page
      .getByRole("navigation", { name: "Who it is for" })
      .getByRole("link", { name: "People who want to change" })
      .click();
    await expect(page).toHaveURL(/\/links\/[0-9a-f]{8}\?r=AB$/);
    await expect(
      page.getByRole("heading", { name: "Men's Counselling Service (Calgary Women's Emergency Shelter)" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "STOP Violence" })).toHaveCount(0);
  });

  test("a service for two places shows in both: VictimLinkBC for Yukon, without BC's own housing list", async ({
    page,
  }) => {
    await page.goto("/links?r=YT");
    await expect(page.getByRole("heading", { name: "VictimLinkBC" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /BC Housing/ })).toHaveCount(0);
  });

  test("Nunavut, which has no 911, is not offered 911 but its own emergency line", async ({ page }) => {
    await page.goto("/links?r=NU");
    await expect(page.getByRole("heading", { name: "RCMP emergency line, Iqaluit" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Emergency services (911)" })).toHaveCount(0);
    await page.goto("/contacts?r=NU");
    await expect(page.getByRole("main")).toContainText("Nunavut does not have 911.");
    await expect(page.getByRole("main").locator('a[href="tel:911"]')).toHaveCount(0);
  });

  test("an unknown or repeated choice shows every service, and the page still answers", async ({ page }) => {
    for (const query of ["r=XX", "r=%3Cscript%3E", "r=ON&r=QC", `r=${"A".repeat(2000)}`]) {
      const response = await page.goto(`/links?${query}`);
      expect(response?.status(), query).toBe(200);
    }
    await page.goto("/links?r=XX");
    await expect(page.getByText("55 services.")).toBeVisible();
    await page.goto("/links?r=ON&r=QC");
    await expect(page.getByLabel("Where you live")).toHaveValue("ON");
  });
});

test.describe("Get help now", () => {
  test.use({ javaScriptEnabled: false });

  test("lists the lines that are always open, grouped by where they answer", async ({ page }) => {
    await page.goto("/contacts");
    const canada = page.getByRole("region", { name: "Across Canada" });
    const ontario = page.getByRole("region", { name: "In Ontario" });
    for (const name of ["Emergency services (911)", "9-8-8 Suicide Crisis Helpline", "Kids Help Phone"]) {
      await expect(canada.getByRole("heading", { name })).toBeVisible();
    }
    await expect(canada.getByText("Serves Canada, except Nunavut.")).toBeVisible();
    for (const name of ["Assaulted Women's Helpline", "Fem'aide", "Distress Centres of Greater Toronto"]) {
      await expect(ontario.getByRole("heading", { name })).toBeVisible();
    }
    await expect(ontario.getByText("Serves Greater Toronto, Ontario.")).toBeVisible();
    for (const place of [
      "Alberta",
      "British Columbia",
      "Manitoba",
      "New Brunswick",
      "Newfoundland and Labrador",
      "Nova Scotia",
      "Northwest Territories",
      "Nunavut",
      "Prince Edward Island",
      "Quebec",
      "Saskatchewan",
      "Yukon",
    ]) {
      await expect(page.getByRole("region", { name: `In ${place}`, exact: true })).toBeVisible();
    }
    await expect(
      page.getByRole("region", { name: "In Yukon" }).getByText("Serves British Columbia and Yukon."),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "ShelterSafe" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "sheltersafe.ca" })).toHaveAttribute(
      "href",
      "https://www.sheltersafe.ca/",
    );
  });

  test("choosing Quebec shows Quebec's lines with those for all of Canada, and no other province's", async ({
    page,
  }) => {
    await page.goto("/contacts");
    await page.getByLabel("Where you live").selectOption({ label: "Quebec" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/contacts\?r=QC$/);
    await expect(
      page.getByRole("region", { name: "In Quebec" }).getByRole("heading", { name: "SOS violence conjugale" }),
    ).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Across Canada" }).getByRole("heading", { name: "Emergency services (911)" }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "In Ontario" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "More services" })).toHaveAttribute("href", "/links?r=QC");
  });
});

test.describe("choosing a province or territory, with JavaScript", () => {
  test("replaces the page in place, so the choice adds no history entry", async ({ page }) => {
    await page.goto("/links");
    const startLength = await page.evaluate(() => history.length);
    await page.getByLabel("Where you live").selectOption({ label: "Manitoba" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/links\?r=MB$/);
    await expect(page.getByRole("heading", { name: "Manitoba Domestic Abuse Crisis Line" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Assaulted Women's Helpline" })).toHaveCount(0);
    expect(await page.evaluate(() => history.length)).toBe(startLength);
  });

  for (const width of [320, 1280]) {
    test(`the filtered pages have no WCAG violations at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const address of ["/links?r=YT", "/contacts?r=NU"]) {
        await page.goto(address);
        await expect(page.getByLabel("Where you live")).toBeVisible();
        const { violations } = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
          .analyze();
        expect(violations.map((violation) => `${address}: ${violation.id}`)).toEqual([]);
      }
    });
  }
});
