import { beforeEach, describe, expect, it, vi } from "vitest";

let requestHeaders = new Headers();
const jar = new Map<string, string>();
const decode = vi.hoisted(() => ({
  calls: 0,
  run: async (input?: { token: string }) => {
    decode.calls += 1;
    return input?.token.startsWith("good") ? { sessionId: `id-of-${input.token}`, sessionKey: "key" } : null;
  },
}));

vi.mock("next/headers", () => ({
  headers: async () => requestHeaders,
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { value: jar.get(name) } : undefined) }),
}));
vi.mock("next-auth/jwt", () => ({ decode: (input: { token: string }) => decode.run(input) }));
vi.mock("@/lib/auth/auth", () => ({ sessionCookieName: () => "session" }));
vi.mock("@/lib/config/server-config", () => ({ serverConfig: () => ({ secureCookies: false, authSecret: "s" }) }));

const { oncePerSessionCookie, readSessionCookie } = await import("@/lib/auth/session-cookie");

/** A new request, as the browser sends it. */
function newRequest(cookie: string) {
  requestHeaders = new Headers({ cookie });
  jar.clear();
}

describe("the session cookie is decrypted once per request", () => {
  beforeEach(() => {
    decode.calls = 0;
  });

  it("however many parts of the request ask, and again for the next request", async () => {
    const idOf = oncePerSessionCookie(async (token) => (await readSessionCookie(token))?.sessionId);
    newRequest("lang=fr-CA; session=good-1");
    expect(await Promise.all([idOf(), idOf(), readSessionCookie("good-1")])).toEqual([
      "id-of-good-1",
      "id-of-good-1",
      { sessionId: "id-of-good-1", sessionKey: "key" },
    ]);
    expect(decode.calls).toBe(1);
    newRequest("session=good-1");
    await idOf();
    expect(decode.calls).toBe(2);
  });

  it("reads the cookie jar only when asked, so a sign-in earlier in the request is seen there", async () => {
    const fromRequest = oncePerSessionCookie(async (token) => (await readSessionCookie(token))?.sessionId);
    const fromJar = oncePerSessionCookie(async (token) => (await readSessionCookie(token))?.sessionId, "jar");
    newRequest("");
    expect(await fromRequest()).toBeUndefined();
    jar.set("session", "good-new");
    expect([await fromRequest(), await fromJar()]).toEqual([undefined, "id-of-good-new"]);
  });

  it("a cookie that does not open is no session", async () => {
    newRequest("session=forged");
    expect(await readSessionCookie("forged")).toBeNull();
    expect(await readSessionCookie(undefined)).toBeNull();
  });
});
