import type { BrowserContext } from "@playwright/test";
import { isLocalUrl, isStandInUrl, standInPage } from "./neutral-site";

/** What a test must end without: traffic that left this machine, or anything the CSP blocked. */
export type ContextGuards = {
  offHostRequests: string[];
  cspViolations: string[];
};

const REPORT_BINDING = "__e2eReportCspViolation";

/**
 * Serves every `.example` address with a stand-in page, stops and records any other request that
 * would leave 127.0.0.1, and records CSP violations seen by the page or logged by the browser.
 */
export async function guardContext(context: BrowserContext): Promise<ContextGuards> {
  const guards: ContextGuards = { offHostRequests: [], cspViolations: [] };

  await context.exposeBinding(REPORT_BINDING, (_source, description: string) => {
    guards.cspViolations.push(description);
  });
  await context.addInitScript((binding: string) => {
    window.addEventListener(
      "securitypolicyviolation",
      (event) => {
        const report = (window as unknown as Record<string, (text: string) => void>)[binding];
        report?.(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI}`);
      },
      true,
    );
  }, REPORT_BINDING);

  await context.route(
    (url) => isLeavingTheMachine(url),
    async (route) => {
      const url = new URL(route.request().url());
      if (isStandInUrl(url)) {
        await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: standInPage(url) });
        return;
      }
      await route.abort("blockedbyclient");
    },
  );

  context.on("request", (request) => {
    const url = new URL(request.url());
    if (isLeavingTheMachine(url) && !isStandInUrl(url)) guards.offHostRequests.push(`${request.method()} ${url.href}`);
  });
  context.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      guards.cspViolations.push(message.text());
    }
  });

  return guards;
}

function isLeavingTheMachine(url: URL): boolean {
  return /^(https?|wss?):$/.test(url.protocol) && !isLocalUrl(url);
}
