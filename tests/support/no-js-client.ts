// A browser with JavaScript off, in a few lines: it keeps cookies, reads forms from the page and
// posts them the way Chromium does under `Referrer-Policy: no-referrer` (Origin: null).

export type Page = { status: number; url: string; html: string };
type FormSpec = { action: string; method: string; hidden: [string, string][] };

const entities: Record<string, string> = {
  "&amp;": "&",
  "&quot;": '"',
  "&#x27;": "'",
  "&#39;": "'",
  "&lt;": "<",
  "&gt;": ">",
};
const decode = (text: string) => text.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match ? decode(match[1] as string) : undefined;
}

/** Every form on a page, with its hidden fields. */
export function formsOf(html: string): FormSpec[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)].map(([, open = "", body = ""]) => ({
    action: attribute(` ${open}`, "action") ?? "",
    method: (attribute(` ${open}`, "method") ?? "post").toLowerCase(),
    hidden: [...body.matchAll(/<input\b[^>]*>/gi)]
      .map(([tag]) => tag)
      .filter((tag) => attribute(tag, "type") === "hidden" && attribute(tag, "name"))
      .map((tag) => [attribute(tag, "name") as string, attribute(tag, "value") ?? ""]),
  }));
}

export class NoJsBrowser {
  private cookies = new Map<string, string>();
  /** `headers` go with every request, e.g. an `X-Forwarded-For` that gives each simulated person their own address. */
  constructor(
    private readonly base: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  setCookies(header: string): void {
    for (const pair of header.split("; ")) {
      const [name, ...value] = pair.split("=");
      if (name) this.cookies.set(name, value.join("="));
    }
  }

  private remember(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const [name = "", ...value] = pair.split("=");
      if (/max-age=0/i.test(cookie) || value.join("=") === "") this.cookies.delete(name);
      else this.cookies.set(name, value.join("="));
    }
  }

  async get(path: string, redirectsLeft = 5): Promise<Page> {
    const response = await fetch(new URL(path, this.base), {
      redirect: "manual",
      headers: { ...this.headers, cookie: this.cookieHeader() },
    });
    this.remember(response);
    const location = response.headers.get("location");
    if (location && response.status >= 300 && response.status < 400 && redirectsLeft > 0)
      return this.get(location, redirectsLeft - 1);
    return { status: response.status, url: response.url, html: await response.text() };
  }

  /** Posts form number `index` of `page` with its hidden fields plus `fields`; follows one redirect. */
  async submit(page: Page, index: number, fields: Record<string, string | string[] | Blob>): Promise<Page> {
    const form = formsOf(page.html)[index];
    if (!form) throw new Error(`There is no form ${index} on ${page.url}`);
    const body = new FormData();
    for (const [name, value] of form.hidden) if (!(name in fields)) body.append(name, value);
    for (const [name, value] of Object.entries(fields))
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    return this.post(new URL(form.action || page.url, page.url).pathname, body);
  }

  async post(path: string, body: FormData | URLSearchParams): Promise<Page> {
    const response = await fetch(new URL(path, this.base), {
      method: "POST",
      redirect: "manual",
      body,
      headers: { ...this.headers, cookie: this.cookieHeader(), origin: "null", "sec-fetch-site": "same-origin" },
    });
    this.remember(response);
    const location = response.headers.get("location");
    if (location && response.status >= 300 && response.status < 400) return this.get(location);
    return { status: response.status, url: response.url, html: await response.text() };
  }
}
