import { neutralCode } from "@/lib/content/neutral-code";
import { guidePath } from "@/lib/site/site-routes";
import { expect, test } from "./support/fixtures";

const leaving = guidePath(neutralCode("guide", "safety-when-leaving"));

test.describe("someone worried about their safety finds guidance from the home page", () => {
  test("each need on the home page leads to its pages, then to one page", async ({ page }) => {
    await page.goto("/");
    const needs = [
      ["I'm worried about my safety", "For you, if someone has hurt you"],
      ["I'm worried about someone", "For friends, family and community"],
      ["I want to change how I act", "For people who want to change how they act"],
      ["I'm supporting a co-worker", "For co-workers, managers and unions"],
    ];
    for (const [need, heading] of needs) {
      await page.goto("/");
      await page.getByRole("link", { name: need }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading as string);
      await expect(page).toHaveURL(/\/topics\/[0-9a-f]{8}$/);
    }
    await page.getByRole("link", { name: "Supporting a co-worker who is being hurt" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Supporting a co-worker who is being hurt");
  });

  test("a guidance page has breadcrumbs, contents, help, related pages and its review date", async ({ page }) => {
    await page.goto(leaving);
    await expect(page).toHaveTitle("Reading · Harbour");
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("link")).toHaveText(["Home", "People who have been hurt"]);
    const contents = page.getByRole("navigation", { name: "On this page" });
    await contents.getByRole("link", { name: "Papers to gather" }).click();
    await expect(page).toHaveURL(`${leaving}#papers-to-gather`);
    await expect(page.getByRole("heading", { name: "Papers to gather" })).toBeInViewport();
    await expect(page.getByRole("complementary", { name: "If you need to talk to someone now" })).toBeVisible();
    const related = page.getByRole("region", { name: "Related pages" }).getByRole("link");
    await expect(related).toHaveCount(3);
    await expect(page.getByText("Last reviewed December 2, 2026.")).toBeVisible();
    await related.first().click();
    await expect(page).toHaveURL(/\/guide\/[0-9a-f]{8}$/);
  });

  test("links inside guidance lead to the app's neutral addresses", async ({ page }) => {
    await page.goto(leaving);
    const hrefs = await page
      .locator(".guidance-body a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs)
      expect(href).toMatch(/^(\/guide\/[0-9a-f]{8}|\/contacts|\/links|\/about|https:\/\/|tel:|sms:|#)/);
  });

  test("a guidance page prints its text without the app around it", async ({ page }) => {
    await page.goto(leaving);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Papers to gather" })).toBeVisible();
    for (const hidden of ["banner", "contentinfo"] as const) await expect(page.getByRole(hidden)).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
  });

  test("a guidance page loads no more JavaScript than the home page", async ({ page }) => {
    const scripts = async (path: string) => {
      await page.goto(path);
      return page.locator("script[src]").evaluateAll((tags) => tags.map((tag) => tag.getAttribute("src")).sort());
    };
    const home = await scripts("/");
    const guide = await scripts(leaving);
    expect(guide.filter((src) => !home.includes(src))).toEqual([]);
  });

  test("an old readable address redirects to the neutral one", async ({ request }) => {
    const response = await request.get("/get-help", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toBe("/contacts");
  });
});
