import { test as base, expect, type BrowserContext, type BrowserContextOptions } from "@playwright/test";
import { guardContext, type ContextGuards } from "./guard-context";

/** Opens another browser (a context of its own, with its own cookies), guarded like the first. */
export type OpenBrowser = (options?: BrowserContextOptions) => Promise<BrowserContext>;

/**
 * Every e2e test runs with these guards, so each one also proves that no request left
 * 127.0.0.1 and that the Content-Security-Policy blocked nothing. Browsers a test opens with
 * `openBrowser` are held to the same guards and closed at the end.
 */
export const test = base.extend<{ guards: ContextGuards; openBrowser: OpenBrowser }>({
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
      const context = await browser.newContext({ ...contextOptions, baseURL, serviceWorkers: "block", ...options });
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
