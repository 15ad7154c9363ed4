import { createHash } from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { staticPageStore, type Render } from "@/scripts/static-pages/static-page-store";

const QUICK_EXIT = "(function(){})()";
const html = (heading: string) =>
  `<html><head><script nonce="n">${QUICK_EXIT}</script></head><body><h1>${heading}</h1><a href="/about">About</a></body></html>`;

function counting(answer: (address: string, locale: string) => Awaited<ReturnType<Render>>) {
  const calls: string[] = [];
  const render: Render = async (address, locale) => {
    calls.push(`${locale} ${address}`);
    return answer(address, locale);
  };
  return { calls, render };
}

describe("staticPageStore", () => {
  it("renders a page once per language and keeps it compressed, with every inline script's hash in its policy", async () => {
    const { calls, render } = counting((_address, locale) => ({ status: 200, html: html(locale), setsCookies: false }));
    const store = staticPageStore(render);
    const [first, again, french] = await Promise.all([
      store.get("/about", "en"),
      store.get("/about", "en"),
      store.get("/about", "fr-CA"),
    ]);
    expect(calls).toEqual(["en /about", "fr-CA /about"]);
    expect(again).toBe(first);
    const sent = zlib.brotliDecompressSync(first!.br).toString("utf8");
    expect(sent).toContain("<h1>en</h1>");
    expect(zlib.gunzipSync(french!.gzip).toString("utf8")).toContain("<h1>fr-CA</h1>");
    for (const [, text] of sent.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
      const hash = createHash("sha256").update(text!, "utf8").digest("base64");
      expect(first!.policy).toContain(`'sha256-${hash}'`);
    }
    expect(first!.policy).not.toContain("nonce");
    expect(first!.links).toEqual(["/about"]);
  });

  it("keeps nothing for a page that is missing or sets a cookie, so the next visit asks again", async () => {
    const { calls, render } = counting((address) =>
      address === "/guide/none"
        ? { status: 404, html: html("none"), setsCookies: false }
        : { status: 200, html: html("x"), setsCookies: true },
    );
    const store = staticPageStore(render);
    expect(await store.get("/guide/none", "en")).toBeNull();
    expect(await store.get("/about", "en")).toBeNull();
    expect(await store.get("/guide/none", "en")).toBeNull();
    expect(calls).toHaveLength(3);
    expect(store.size()).toBe(0);
  });
});
