import { describe, expect, it } from "vitest";
import { restoreFormOrigin } from "@/lib/security/restore-form-origin";

function originAfter(method: string, headers: Record<string, string>): string | null {
  const request = new Headers(headers);
  restoreFormOrigin(request, method);
  return request.get("origin");
}

describe("a form posted without JavaScript under no-referrer", () => {
  it("gets our own origin back when the browser says it came from our pages", () => {
    expect(originAfter("POST", { origin: "null", "sec-fetch-site": "same-origin", host: "app.test" })).toBe(
      "http://app.test",
    );
    expect(
      originAfter("POST", {
        origin: "null",
        "sec-fetch-site": "same-origin",
        host: "a",
        "x-forwarded-host": "safe.test",
        "x-forwarded-proto": "https",
      }),
    ).toBe("https://safe.test");
  });

  it.each([
    ["another site", { origin: "null", "sec-fetch-site": "cross-site", host: "app.test" }],
    ["a sibling site", { origin: "null", "sec-fetch-site": "same-site", host: "app.test" }],
    ["an old browser that says nothing", { origin: "null", host: "app.test" }],
  ])("stays null when it came from %s, so the action is refused", (_from, headers) => {
    expect(originAfter("POST", headers)).toBe("null");
  });

  it("leaves real origins and other methods alone", () => {
    expect(
      originAfter("POST", { origin: "https://evil.test", "sec-fetch-site": "same-origin", host: "app.test" }),
    ).toBe("https://evil.test");
    expect(originAfter("GET", { origin: "null", "sec-fetch-site": "same-origin", host: "app.test" })).toBe("null");
  });
});
