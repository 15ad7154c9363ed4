/** The neutral site quick exit leaves for. The server is started with it; the tests intercept it. */
export const NEUTRAL_EXIT_URL = "https://neutral.example/";

/** Text on the stand-in page served for any `.example` address, which is reserved and never real. */
export const NEUTRAL_PAGE_TEXT = "A neutral page";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function isLocalUrl(url: URL): boolean {
  return LOCAL_HOSTS.has(url.hostname);
}

export function isStandInUrl(url: URL): boolean {
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.endsWith(".example");
}

export function standInPage(url: URL): string {
  return `<!doctype html><html lang="en"><head><title>Neutral</title></head><body><p>${NEUTRAL_PAGE_TEXT} at ${url.hostname}</p></body></html>`;
}
