import http from "node:http";
import type { AddressInfo } from "node:net";
import { supportedLocales } from "../../i18n/locales";
import { sendStaticPage } from "./send-static-page";
import { staticPageStore } from "./static-page-store";
import { staticAddress } from "./static-address";
import { staticRequestOf, type CookieNames } from "./static-request";

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
/** Pages rendered ahead at start at most; the rest are rendered the first time someone asks. */
const CRAWL_LIMIT = 1500;

/**
 * Public pages as fixed documents: each is rendered once per language by Next itself, on a
 * loopback-only server of its own, then kept stripped and compressed. `next` answers everything else.
 */
export async function staticFront(next: Handler, names: CookieNames) {
  // Other programs on this machine can reach the loopback port too: it renders public pages and nothing else.
  const inner = http.createServer((request, response) => {
    if (request.method === "GET" && staticAddress(request.url ?? "") !== null) return next(request, response);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => inner.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(inner.address() as AddressInfo).port}`;
  const store = staticPageStore(async (address, locale) => {
    // No cookie at all: the language comes from Accept-Language, exactly as a visitor's would.
    const answer = await fetch(`${origin}${address}`, {
      headers: { accept: "text/html", "accept-language": locale },
      redirect: "manual",
    });
    return { status: answer.status, html: await answer.text(), setsCookies: answer.headers.has("set-cookie") };
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const wanted = staticRequestOf(request, names);
    const page = wanted ? await store.get(wanted.address, wanted.locale) : null;
    if (page) sendStaticPage(request, response, page);
    else next(request, response);
  }

  /** Renders, one at a time and at half pace, every public page linked from the home page in every language. */
  async function crawl(): Promise<{ pages: number; seconds: number }> {
    const begun = performance.now();
    let pages = 0;
    for (const { code } of supportedLocales) {
      const seen = new Set(["/"]);
      const queue = ["/"];
      while (queue.length > 0 && pages < CRAWL_LIMIT) {
        const renderBegun = performance.now();
        const page = await store.get(queue.shift() as string, code);
        // Rest as long as the render took: visitors who arrive during start-up keep at least half the server.
        await new Promise((resolve) => setTimeout(resolve, performance.now() - renderBegun));
        if (!page) continue;
        pages += 1;
        for (const link of page.links.map((href) => staticAddress(href.replace(/&amp;/g, "&")))) {
          if (link && !seen.has(link)) {
            seen.add(link);
            queue.push(link);
          }
        }
      }
    }
    return { pages, seconds: Math.round((performance.now() - begun) / 100) / 10 };
  }

  return { handle, crawl, close: () => inner.close() };
}
