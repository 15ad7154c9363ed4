import { expect, test } from "./support/fixtures";

// Built scripts and public files are answered from memory by the front server, compressed ahead.
test("a built script comes compressed ahead, kept by the browser, with the same security headers", async ({
  request,
}) => {
  const page = await request.get("/sign-in");
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(script).toBeDefined();
  for (const encoding of ["br", "gzip"]) {
    const answer = await request.get(script!, { headers: { "accept-encoding": encoding } });
    expect(answer.status()).toBe(200);
    const headers = answer.headers();
    expect(headers["content-encoding"]).toBe(encoding);
    expect(headers["content-type"]).toContain("javascript");
    expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
    expect(headers["referrer-policy"]).toBe("no-referrer");
  }
});

test("a public file skips the app: a fixed policy that allows nothing, never stored, compressed", async ({
  request,
}) => {
  const answer = await request.get("/robots.txt", { headers: { "accept-encoding": "br" } });
  expect(answer.status()).toBe(200);
  const headers = answer.headers();
  expect(headers["content-encoding"]).toBe("br");
  expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(headers["cache-control"]).toContain("no-store");
  expect(await answer.text()).toContain("User-agent");
  const plain = await request.get("/robots.txt", { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.text()).toBe(await answer.text());
});
