import { test as base, expect } from "@playwright/test";
import { guardContext, type ContextGuards } from "./guard-context";

/**
 * Every e2e test runs with these guards, so each one also proves that no request left
 * 127.0.0.1 and that the Content-Security-Policy blocked nothing.
 */
export const test = base.extend<{ guards: ContextGuards }>({
  guards: [
    async ({ context }, use) => {
      const guards = await guardContext(context);
      await use(guards);
      expect.soft(guards.offHostRequests, "requests that left 127.0.0.1").toEqual([]);
      expect(guards.cspViolations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
