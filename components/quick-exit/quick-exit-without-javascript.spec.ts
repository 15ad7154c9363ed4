import { expectOnNeutralSite, quickExitButton } from "@/tests/e2e/support/app-page";
import { expect, test } from "@/tests/e2e/support/fixtures";
import { NEUTRAL_EXIT_URL } from "@/tests/e2e/support/neutral-site";

const CLEAR_SITE_DATA = '"cache", "cookies", "storage"';

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Quick exit goes through /exit, which clears site data and redirects", async ({ page }) => {
    await page.goto("/links");
    const neutralRequest = page.waitForRequest(NEUTRAL_EXIT_URL);
    await quickExitButton(page).click();
    await expectOnNeutralSite(page);

    const exitRequest = (await neutralRequest).redirectedFrom();
    expect(exitRequest?.url()).toMatch(/\/exit$/);
    expect(exitRequest?.method()).toBe("GET");
    const exitResponse = await exitRequest?.response();
    expect(exitResponse?.status()).toBe(303);
    // allHeaders(): the plain headers() leaves out some the browser handles itself.
    const headers = await exitResponse?.allHeaders();
    expect(headers?.["clear-site-data"]).toBe(CLEAR_SITE_DATA);
    expect(headers?.["location"]).toBe(NEUTRAL_EXIT_URL);
  });
});

test("GET /exit answers 303 with Clear-Site-Data and the neutral site as Location", async ({ request }) => {
  const response = await request.get("/exit", { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()["clear-site-data"]).toBe(CLEAR_SITE_DATA);
  expect(response.headers()["location"]).toBe(NEUTRAL_EXIT_URL);
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("POST /exit, the beacon, answers 204 with Clear-Site-Data", async ({ request }) => {
  const response = await request.post("/exit", { maxRedirects: 0 });
  expect(response.status()).toBe(204);
  expect(response.headers()["clear-site-data"]).toBe(CLEAR_SITE_DATA);
});
