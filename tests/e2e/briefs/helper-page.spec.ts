import type { BriefContent } from "@/lib/helper-briefs/brief-content";
import { newBriefLink } from "@/lib/helper-briefs/brief-link";
import { NOTE_OPEN_ROUTE, NOTE_ROUTE } from "@/lib/site/site-routes";
import { expect, test } from "../support/fixtures";
import { expectKeyNeverSent, noteLanguages, recordRequests, sealed, serveNote } from "../support/helper-note";
import { wcagViolations } from "../support/plan";

test("the note page is never stored, never indexed, and runs only its own scripts", async ({ request }) => {
  const response = await request.get(NOTE_ROUTE);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
  const html = await response.text();
  expect(html).toMatch(/<meta name="robots" content="noindex, nofollow/);
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "");
  for (const attributes of scripts) {
    expect(attributes).toContain(`nonce="${nonce}"`);
    expect(attributes).not.toMatch(/src="(https?:)?\/\//);
  }
  // A second visit gets a fresh nonce: the page is made for each request, not kept.
  const again = await request.get(NOTE_ROUTE);
  expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
});

test("the open route says the same for every failure, and reads no long body", async ({ request }) => {
  const failures = [
    { linkId: newBriefLink().linkId },
    { linkId: "not-a-link-id" },
    { linkId: 12 },
    { another: "field" },
  ];
  for (const data of failures) {
    const response = await request.post(NOTE_OPEN_ROUTE, { data });
    expect(response.status()).toBe(404);
    expect(await response.text()).toBe("{}");
  }
  const notJson = await request.post(NOTE_OPEN_ROUTE, { data: "{linkId", headers: { "content-type": "text/plain" } });
  expect([notJson.status(), await notJson.text()]).toEqual([404, "{}"]);
  const long = await request.post(NOTE_OPEN_ROUTE, { data: { linkId: "x".repeat(5000) } });
  expect(long.status()).toBe(413);
  expect(long.headers()["cache-control"]).toContain("no-store");
});

for (const { locale, words, quickExit } of noteLanguages) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test("a made-up link ends, and the key never leaves the page", async ({ page }) => {
      const link = newBriefLink();
      const requests = recordRequests(page);
      await page.goto(`${NOTE_ROUTE}#${link.linkId}.${link.key}`);
      await expect(page.getByRole("heading", { name: words.endedHeading })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${words.heading}`));
      await expect(page.getByRole("link", { name: quickExit, exact: true })).toBeVisible();
      // What the page says it did: the key is gone from the address bar.
      await expect(page.getByText(words.keyRemoved)).toBeVisible();
      expect(page.url()).toMatch(new RegExp(`${NOTE_ROUTE}$`));
      expectKeyNeverSent(requests, link);
      expect(await wcagViolations(page, `ended link (${locale})`)).toEqual([]);
    });

    test("a note opens in the browser from its link, drawn with only what it holds", async ({ page }) => {
      const link = newBriefLink();
      const note: BriefContent = {
        v: 1,
        locale,
        from: "<b>M.</b> from choir",
        roles: ["code-word", "keep-go-bag"],
        signal: { word: "pineapple", whatToDo: "Call 911, then come to the back door." },
        ownWords: "Thank you <img src=x onerror=alert(1)>",
      };
      const box = sealed(link.keyBytes, note);
      // The server's part (brief-store) is tested on its own; here, only what the browser does with its answer.
      await page.route(`**${NOTE_OPEN_ROUTE}`, serveNote(link, box));
      const requests = recordRequests(page);
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => (message.type() === "error" ? errors.push(message.text()) : undefined));
      await page.goto(`${NOTE_ROUTE}#${link.linkId}.${link.key}`);
      await expect(page.getByText("pineapple", { exact: true })).toBeVisible();
      // React takes over the page after the note is drawn: what the script drew must stay.
      await page.waitForFunction(() => document.readyState === "complete");
      await expect(page.getByText("pineapple", { exact: true })).toBeVisible();
      await expect(page.getByText(words.from.replace("{from}", "<b>M.</b> from choir"))).toBeVisible();
      await expect(page.getByText("Thank you <img src=x onerror=alert(1)>")).toBeVisible();
      await expect(page.locator("main img")).toHaveCount(0);
      await expect(page.getByRole("listitem").filter({ hasText: words.roles["code-word"] })).toBeVisible();
      await expect(page.getByRole("link", { name: words.guidanceLink })).toHaveCount(2);
      await expect(page.getByRole("heading", { name: words.placeHeading })).toHaveCount(0);
      await expect(page.getByRole("heading", { name: words.canDoHeading })).toHaveCount(0);
      await expect(page.getByLabel(words.codeLabel)).toBeHidden();
      expect(page.url()).toMatch(new RegExp(`${NOTE_ROUTE}$`));
      expectKeyNeverSent(requests, link);
      expect(await wcagViolations(page, `opened note (${locale})`)).toEqual([]);
      await expect(page.getByText("pineapple", { exact: true })).toBeVisible();
      expect(errors).toEqual([]);
      // Each role's link says which role it is for, and leads to the guidance written for it.
      await page.getByRole("link", { name: `${words.guidanceLink} (${words.roles["code-word"]})` }).click();
      await expect(page.locator(`[id="${words.anchors["code-word"]}"]`)).toHaveText(words.roles["code-word"]);
    });

    test("a note leaves nothing on the page when the page is put away for Back", async ({ page }) => {
      const link = newBriefLink();
      const box = sealed(link.keyBytes, { v: 1, locale, roles: ["check-in"], place: "Text me at nine." });
      await page.route(`**${NOTE_OPEN_ROUTE}`, serveNote(link, box));
      await page.goto(`${NOTE_ROUTE}#${link.linkId}.${link.key}`);
      await expect(page.getByText("Text me at nine.")).toBeVisible();
      // What the browser fires as it keeps a page in its back/forward cache.
      await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true })));
      await expect(page.getByText("Text me at nine.")).toHaveCount(0);
    });

    test("a link with another key ends like a made-up one", async ({ page }) => {
      const link = newBriefLink();
      const box = sealed(newBriefLink().keyBytes, { v: 1, locale, roles: ["check-in"] });
      await page.route(`**${NOTE_OPEN_ROUTE}`, (route) => route.fulfill({ json: { sealed: box } }));
      await page.goto(`${NOTE_ROUTE}#${link.linkId}.${link.key}`);
      await expect(page.getByRole("heading", { name: words.endedHeading })).toBeVisible();
      await expect(page.getByText(words.roles["check-in"])).toHaveCount(0);
    });

    test("another note's link opened in the same tab opens that note", async ({ page }) => {
      const link = newBriefLink();
      const box = sealed(link.keyBytes, { v: 1, locale, roles: ["check-in"], place: "Text me at nine." });
      await page.route(`**${NOTE_OPEN_ROUTE}`, serveNote(link, box));
      const madeUp = newBriefLink();
      await page.goto(`${NOTE_ROUTE}#${madeUp.linkId}.${madeUp.key}`);
      await expect(page.getByRole("heading", { name: words.endedHeading })).toBeVisible();
      // Only the fragment differs from the address now shown: the browser does not load the page again by itself.
      await page.goto(`${NOTE_ROUTE}#${link.linkId}.${link.key}`);
      await expect(page.getByText("Text me at nine.")).toBeVisible();
      await expect(page.getByRole("heading", { name: words.endedHeading })).toHaveCount(0);
      expect(page.url()).toMatch(new RegExp(`${NOTE_ROUTE}$`));
    });

    test("a server that cannot answer says to try again, not that the link has ended", async ({ page }) => {
      const link = newBriefLink();
      await page.route(`**${NOTE_OPEN_ROUTE}`, (route) => route.fulfill({ status: 503, json: {} }));
      await page.goto(`${NOTE_ROUTE}#${link.linkId}.${link.key}`);
      await expect(page.getByText(words.unavailable)).toBeVisible();
      await expect(page.getByRole("heading", { name: words.endedHeading })).toHaveCount(0);
    });

    test("a browser without WebCrypto is told so, sends nothing, and keeps the code form", async ({ page }) => {
      const link = newBriefLink();
      await page.addInitScript(() => Object.defineProperty(window.crypto, "subtle", { value: undefined }));
      const requests = recordRequests(page);
      await page.goto(`${NOTE_ROUTE}#${link.linkId}.${link.key}`);
      await expect(page.getByText(words.cannotOpen)).toBeVisible();
      await expect(page.getByLabel(words.codeLabel)).toBeVisible();
      expect(requests.filter((request) => request.url().endsWith(NOTE_OPEN_ROUTE))).toEqual([]);
      expect(page.url()).toMatch(new RegExp(`${NOTE_ROUTE}$`));
    });

    for (const javaScriptEnabled of [true, false]) {
      test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
        test.use({ javaScriptEnabled });

        test("a made-up code ends, with the form there to try again", async ({ page }) => {
          await page.goto(NOTE_ROUTE);
          await expect(page.getByRole("heading", { name: words.endedHeading })).toHaveCount(0);
          const field = page.getByLabel(words.codeLabel);
          await expect(field).toHaveAttribute("maxlength", "40");
          await field.fill("ABCD-EFGH-JKMN-PQRS");
          await page.getByRole("button", { name: words.open }).click();
          await expect(page.getByRole("heading", { name: words.endedHeading })).toBeVisible();
          await expect(page.getByText(words.ended)).toBeVisible();
          await expect(page.getByLabel(words.codeLabel)).toBeVisible();
          // axe runs as a script in the page, so only where scripts run.
          if (javaScriptEnabled) expect(await wcagViolations(page, `ended code (${locale})`)).toEqual([]);
        });

        test("an empty code is asked for beside the field", async ({ page }) => {
          await page.goto(NOTE_ROUTE);
          await page.getByRole("button", { name: words.open }).click();
          await expect(page.getByText(words.codeRequired)).toBeVisible();
          await expect(page.getByRole("heading", { name: words.endedHeading })).toHaveCount(0);
        });
      });
    }
  });
}
