import type { APIResponse } from "@playwright/test";
import { createHash } from "node:crypto";
import { EXIT_ROUTE, siteRoutes } from "@/lib/site/site-routes";
import { staticAddress } from "@/scripts/static-pages/static-address";
import { appPaths, MISSING_PATH, signedInOnlyPaths } from "./support/app-page";
import { expect, test } from "./support/fixtures";

const pagePaths = [...appPaths, MISSING_PATH];
/** Public pages are fixed documents (scripts/static-pages/): hashes instead of a nonce. */
const staticPaths = pagePaths.filter((path) => staticAddress(path) !== null);
const dynamicPaths = pagePaths.filter((path) => staticAddress(path) === null);

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words): words is [string, ...string[]] => words[0] !== undefined && words[0] !== "")
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

function nonceOf(response: APIResponse): string {
  const scriptSources = directives(response.headers()["content-security-policy"] ?? "").get("script-src") ?? [];
  const nonce = scriptSources.find((source) => source.startsWith("'nonce-"));
  expect(nonce, "a nonce in script-src").toBeDefined();
  return (nonce ?? "").slice("'nonce-".length, -1);
}

function expectSecurityHeaders(response: APIResponse): void {
  const headers = response.headers();
  const policy = directives(headers["content-security-policy"] ?? "");
  const scriptSources = policy.get("script-src") ?? [];
  if (scriptSources.some((source) => source.startsWith("'sha256-")))
    for (const source of scriptSources) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  else expect(scriptSources).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'"]));
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);

  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  const permissions = (headers["permissions-policy"] ?? "").split(",").map((entry) => entry.trim());
  expect(permissions).toEqual(expect.arrayContaining(["camera=()", "microphone=()", "geolocation=()"]));
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["x-powered-by"]).toBeUndefined();
}

const expectedStatus = (path: string) =>
  path === EXIT_ROUTE ? 303 : path === MISSING_PATH ? 404 : signedInOnlyPaths.has(path) ? 307 : 200;

for (const path of [...pagePaths, EXIT_ROUTE]) {
  test(`${path} is sent with the security headers`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(expectedStatus(path));
    if (signedInOnlyPaths.has(path)) expect(response.headers()["location"]).toBe("/sign-in");
    expectSecurityHeaders(response);
  });
}

// Old readable links and trailing slashes redirect in the proxy, never in Next's config, which sent them bare.
const redirects: [from: string, to: string, status: number][] = [
  ...Object.values(siteRoutes)
    .filter((route) => route.contentAlias !== route.href)
    .map((route): [string, string, number] => [route.contentAlias, route.href, 307]),
  ["/make-a-plan/", "/planner", 307],
  ["/planner/", "/planner", 308],
  ["/guide/", "/guide", 308],
];

for (const [from, to, status] of redirects) {
  test(`${from} redirects to ${to} with the security headers`, async ({ request }) => {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    expect(response.headers()["location"]).toBe(to);
    expectSecurityHeaders(response);
  });
}

for (const path of staticPaths) {
  test(`${path} is a fixed document whose every script is allowed by its hash, and no other`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.headers()["content-type"]).toContain("text/html");
    const sources = directives(response.headers()["content-security-policy"] ?? "").get("script-src") ?? [];
    const scripts = [...(await response.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length, "scripts on the page").toBeGreaterThan(0);
    for (const [, attributes, text] of scripts) {
      expect(attributes, "no script is loaded from a file").toBe("");
      const hash = createHash("sha256")
        .update(text ?? "", "utf8")
        .digest("base64");
      expect(sources).toContain(`'sha256-${hash}'`);
    }
    expect(sources).toHaveLength(scripts.length);
  });
}

for (const path of dynamicPaths) {
  test(`${path} gets a fresh nonce on every request, on every script`, async ({ request }) => {
    const first = await request.get(path);
    const second = await request.get(path);
    expect(first.headers()["content-type"]).toContain("text/html");
    const nonce = nonceOf(first);
    expect(nonce).toMatch(/^[A-Za-z0-9+/_-]{16,}={0,2}$/);
    expect(nonceOf(second)).not.toBe(nonce);

    const scriptTags = (await first.text()).match(/<script\b[^>]*>/gi) ?? [];
    expect(scriptTags.length, "scripts on the page").toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag, "every script carries the nonce").toContain(`nonce="${nonce}"`);
  });
}

test("in the browser, the inline quick exit script and Next's own scripts both run", async ({ page }) => {
  await page.goto(siteRoutes.signIn.href);
  await page.keyboard.press("Shift");
  await expect(page.locator("#quick-exit-announcer")).not.toHaveText("");
  await expect
    .poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version))
    .toBe("string");
});
