import AxeBuilder from "@axe-core/playwright";
import type { APIResponse, Page } from "@playwright/test";
import { neutralCode } from "@/lib/content/neutral-code";
import { guidePath } from "@/lib/site/site-routes";
import { signUp } from "./support/accounts";
import { expectOnNeutralSite, quickExitButton, tapShift } from "./support/app-page";
import { expect, test } from "./support/fixtures";

const guide = guidePath(neutralCode("guide", "safety-when-leaving"));
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

function scriptSources(response: APIResponse): string[] {
  const policy = response.headers()["content-security-policy"] ?? "";
  const directive = policy.split(";").find((part) => part.trim().startsWith("script-src")) ?? "";
  return directive.trim().split(/\s+/).slice(1);
}

/** The scripts the page asked the browser to fetch: React and Next's router would be among them. */
async function scriptRequests(page: Page, address: string): Promise<string[]> {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(address, { waitUntil: "networkidle" });
  return scripts;
}

for (const [language, acceptLanguage, heading] of [
  ["English", "en-CA,en;q=0.9", "en"],
  ["French", "fr-CA,fr;q=0.9", "fr-CA"],
] as const) {
  test.describe(`a guidance page in ${language}`, () => {
    test.use({ locale: acceptLanguage.split(",")[0], extraHTTPHeaders: { "accept-language": acceptLanguage } });

    test("ships no React runtime and runs only scripts its policy names by hash", async ({ page, request }) => {
      expect(await scriptRequests(page, guide), "scripts fetched").toEqual([]);
      await expect(page.locator("html")).toHaveAttribute("lang", heading);
      await expect(page.locator("h1")).toBeVisible();

      const response = await request.get(guide, { headers: { "accept-language": acceptLanguage } });
      const html = await response.text();
      expect(html).not.toMatch(/\/_next\/static\/chunks\/[^"]*\.js/);
      expect(html).not.toMatch(/__next_f|nonce=/);
      const sources = scriptSources(response);
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
      expect(response.headers()["cache-control"]).toContain("no-store");
      expect(response.headers()["vary"]).toContain("Accept-Language");
    });

    test("has no WCAG violations", async ({ page }) => {
      await page.goto(guide);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
    });
  });
}

test.describe("quick exit on a static page", () => {
  test("by the button", async ({ page }) => {
    await page.goto(guide);
    await quickExitButton(page).click();
    await expectOnNeutralSite(page);
  });

  test("by Shift pressed three times", async ({ page }) => {
    await page.goto(guide);
    await tapShift(page, 3);
    await expectOnNeutralSite(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("by the plain link", async ({ page }) => {
      await page.goto(guide);
      await quickExitButton(page).click();
      await expectOnNeutralSite(page);
    });
  });
});

test("a link on a static page replaces the page in the history", async ({ page }) => {
  await page.goto("/");
  await page.goto(guide);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Resources" }).click();
  await expect(page).toHaveURL(/\/links$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test("a signed-in visitor still gets the page drawn for them, with a nonce", async ({ page }) => {
  await signUp(page);
  const scripts = await scriptRequests(page, guide);
  expect(scripts.some((script) => script.startsWith("/_next/static/chunks/"))).toBe(true);
  const response = await page.request.get(guide);
  expect(scriptSources(response).some((source) => source.startsWith("'nonce-"))).toBe(true);
});
