import { describe, expect, it } from "vitest";
import { browserFamilyOf, browserParts } from "@/lib/auth/browser-family";

describe("the browser family a session is listed under", () => {
  it.each([
    ["Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0", "Firefox on Android"],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Safari on iOS",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
      "Chrome on Windows",
    ],
    [
      "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
      "Samsung Internet on Android",
    ],
  ])("%s is %s, with no version or device", (userAgent, family) => {
    expect(browserFamilyOf(userAgent)).toBe(family);
  });

  it("is nothing for an empty or unknown header, and never repeats what was sent", () => {
    expect(browserFamilyOf(undefined)).toBeUndefined();
    expect(browserFamilyOf("   ")).toBeUndefined();
    expect(browserFamilyOf("curl/8.0")).toBeUndefined();
    expect(browserFamilyOf(`<script>alert(1)</script> ${"x".repeat(10_000)}`)).toBeUndefined();
  });

  it("splits into browser and system, to be said in the reader's language", () => {
    expect(browserParts("Samsung Internet on Android")).toEqual({ browser: "Samsung Internet", system: "Android" });
    expect(browserParts("Firefox")).toEqual({ browser: "Firefox" });
  });
});
