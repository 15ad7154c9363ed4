import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { hashedContentSecurityPolicy } from "../../lib/security/security-headers";
import { stripRuntime } from "./strip-runtime";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Only compressed bytes are kept, to keep memory small; a client that takes neither gets gunzipped bytes. */
export type StaticPage = { br: Buffer; gzip: Buffer; policy: string; links: string[] };

/** Asks the app itself for a page: `render(address, locale)` answers its status, HTML and whether it set cookies. */
export type Render = (
  address: string,
  locale: string,
) => Promise<{ status: number; html: string; setsCookies: boolean }>;

const HREF = /\shref="(\/[^"#]*)"/g;
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

/** Renders a page once per language through `render`, strips it and keeps it compressed; misses are not kept. */
export function staticPageStore(render: Render) {
  const pages = new Map<string, Promise<StaticPage | null>>();

  async function build(address: string, locale: string): Promise<StaticPage | null> {
    const rendered = await render(address, locale);
    if (rendered.status !== 200 || rendered.setsCookies) return null;
    const document = stripRuntime(rendered.html);
    if (!document) return null;
    const bytes = Buffer.from(document.html, "utf8");
    const [br, gz] = await Promise.all([
      brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip(bytes, { level: 9 }),
    ]);
    return {
      br,
      gzip: gz,
      policy: hashedContentSecurityPolicy(document.inlineScripts.map(sha256)),
      links: [...document.html.matchAll(HREF)].map((match) => match[1] as string),
    };
  }

  return {
    get(address: string, locale: string): Promise<StaticPage | null> {
      const key = `${locale} ${address}`;
      let page = pages.get(key);
      if (!page) {
        page = build(address, locale).catch(() => null);
        pages.set(key, page);
        // A miss (a code with no page, a failed render) is not kept, so unknown addresses cannot fill memory.
        void page.then((found) => found ?? pages.delete(key));
      }
      return page;
    },
    size: () => pages.size,
  };
}

export type StaticPageStore = ReturnType<typeof staticPageStore>;
