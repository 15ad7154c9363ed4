import { randomInt } from "node:crypto";
import { test as base, expect, type BrowserContext, type BrowserContextOptions } from "@playwright/test";
import { guardContext, type ContextGuards } from "./guard-context";

/** Opens another browser (a context of its own, with its own cookies), guarded like the first. */
export type OpenBrowser = (options?: BrowserContextOptions) => Promise<BrowserContext>;

/**
 * An address for one person's network. The test server trusts one proxy (TRUSTED_PROXY_HOPS=1 in
 * playwright.config.ts), as a server behind a load balancer would, so the address a browser sends
 * in X-Forwarded-For is its own: people in different tests never share a network's sign-in and
 * sign-up limits.
 */
export const newNetworkAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const onOwnNetwork = () => ({ "x-forwarded-for": newNetworkAddress() });

/**
 * Every e2e test runs with these guards, so each one also proves that no request left
 * 127.0.0.1 and that the Content-Security-Policy blocked nothing. Browsers a test opens with
 * `openBrowser` are held to the same guards and closed at the end.
 */
export const test = base.extend<{ guards: ContextGuards; openBrowser: OpenBrowser }>({
  extraHTTPHeaders: async ({}, provide) => provide(onOwnNetwork()),
  guards: [
    async ({ context }, use) => {
      const guards = await guardContext(context);
      await use(guards);
      expect.soft(guards.offHostRequests, "requests that left 127.0.0.1").toEqual([]);
      expect(guards.cspViolations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  // `provide` is Playwright's `use`, named so the React hooks lint rule does not mistake it for a hook.
  openBrowser: async ({ browser, contextOptions, baseURL }, provide) => {
    const opened: { context: BrowserContext; guards: ContextGuards }[] = [];
    await provide(async (options = {}) => {
      const context = await browser.newContext({
        ...contextOptions,
        baseURL,
        serviceWorkers: "block",
        extraHTTPHeaders: onOwnNetwork(),
        ...options,
      });
      opened.push({ context, guards: await guardContext(context) });
      return context;
    });
    await Promise.all(opened.map(({ context }) => context.close()));
    for (const { guards } of opened) {
      expect.soft(guards.offHostRequests, "requests that left 127.0.0.1 (another browser)").toEqual([]);
      expect(guards.cspViolations, "Content-Security-Policy violations (another browser)").toEqual([]);
    }
  },
});

export { expect };
