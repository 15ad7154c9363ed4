import { describe, expect, it } from "vitest";
import { staticAddress } from "@/scripts/static-pages/static-address";
import { staticRequestOf } from "@/scripts/static-pages/static-request";

const names = { session: "session", language: "lang" };
const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("staticAddress", () => {
  it("takes public pages, guidance, topics and the directory, with a known province only", () => {
    expect(staticAddress("/")).toBe("/");
    expect(staticAddress("/guide/51312e83")).toBe("/guide/51312e83");
    expect(staticAddress("/topics/ab12")).toBe("/topics/ab12");
    expect(staticAddress("/links?r=ON")).toBe("/links?r=ON");
    expect(staticAddress("/contacts?r=QC")).toBe("/contacts?r=QC");
    expect(staticAddress("/links?r=")).toBe("/links");
  });

  it("leaves personal pages and any other query to Next", () => {
    for (const url of [
      "/planner",
      "/account",
      "/sign-in",
      "/journal",
      "/links?r=XX",
      "/links?r=ON&x=1",
      "/?q=a",
      "/guide/",
    ])
      expect(staticAddress(url), url).toBeNull();
  });
});

describe("staticRequestOf", () => {
  it("chooses the language by the cookie, then Accept-Language", () => {
    expect(staticRequestOf(get("/about", { "accept-language": "fr-FR,fr;q=0.9" }), names)?.locale).toBe("fr-CA");
    expect(staticRequestOf(get("/about", { cookie: "lang=en", "accept-language": "fr" }), names)?.locale).toBe("en");
    expect(staticRequestOf(get("/about", { cookie: "pref=x; lang=fr-CA" }), names)?.locale).toBe("fr-CA");
    expect(staticRequestOf(get("/about"), names)?.locale).toBe("en");
  });

  it("sends a signed-in visitor and every post to Next", () => {
    expect(staticRequestOf(get("/about", { cookie: "lang=en; session=abc" }), names)).toBeNull();
    expect(staticRequestOf(get("/about", { cookie: "session.0=abc" }), names)).toBeNull();
    expect(staticRequestOf({ method: "POST", url: "/search", headers: {} }, names)).toBeNull();
    expect(staticRequestOf(get("/reading", { rsc: "1" }), names), "the router's payload request").toBeNull();
  });
});
