// What a page costs to download: compressed bytes as the server sends them, measured in Chromium.
import type { BrowserContext } from "@playwright/test";
import type { MeasuredPage } from "./app-pages";
import { launchChromium, LOCAL_ONLY_FLAG } from "./chromium";

export type PageWeight = {
  page: string;
  path: string;
  requests: number;
  javascriptBytes: number;
  totalBytes: number;
  /** The same page opened again in the same visit: what is not served from the browser's cache. */
  warmTotalBytes: number;
  encodings: string[];
};

/** Cookies from a `name=value; name=value` header, for a browser context. */
export function cookiesFor(baseUrl: string, header: string) {
  return header
    .split("; ")
    .filter(Boolean)
    .map((pair) => ({
      name: pair.slice(0, pair.indexOf("=")),
      value: pair.slice(pair.indexOf("=") + 1),
      url: baseUrl,
    }));
}

type Load = { javascript: boolean; bytes: number; encoding: string };

/** Opens the page and adds up the body bytes that came over the network (cached ones report none). */
async function load(context: BrowserContext, url: string): Promise<Load[]> {
  const tab = await context.newPage();
  const loads: Promise<Load>[] = [];
  tab.on("requestfinished", (request) => {
    loads.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        const type = response?.headers()["content-type"] ?? "";
        const javascript = request.resourceType() === "script" || type.includes("javascript");
        return {
          javascript,
          bytes: Math.max(0, sizes.responseBodySize),
          encoding: response?.headers()["content-encoding"] ?? "identity",
        };
      })(),
    );
  });
  const response = await tab.goto(url, { waitUntil: "networkidle" });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  const finished = await Promise.all(loads);
  await tab.close();
  return finished;
}

const sum = (loads: Load[]) => loads.reduce((total, one) => total + one.bytes, 0);

export async function weigh(context: BrowserContext, baseUrl: string, page: MeasuredPage): Promise<PageWeight> {
  const url = new URL(page.path, baseUrl).href;
  const cold = await load(context, url);
  const warm = await load(context, url);
  return {
    page: page.name,
    path: page.path,
    requests: cold.length,
    javascriptBytes: sum(cold.filter((one) => one.javascript)),
    totalBytes: sum(cold),
    warmTotalBytes: sum(warm),
    encodings: [...new Set(cold.map((one) => one.encoding))].sort(),
  };
}

/** Each page in a fresh context (an empty cache, as on a first visit); Chromium asks for br/gzip. */
export async function measurePageWeight(baseUrl: string, pages: MeasuredPage[], cookie: string): Promise<PageWeight[]> {
  const browser = await launchChromium([LOCAL_ONLY_FLAG]);
  try {
    const results: PageWeight[] = [];
    for (const page of pages) {
      const context = await browser.newContext();
      if (page.signedIn) await context.addCookies(cookiesFor(baseUrl, cookie));
      results.push(await weigh(context, baseUrl, page));
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
