import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/i18n/negotiate-locale";

describe("which language a visitor gets", () => {
  it("keeps the language they chose over what the browser asks for", () => {
    expect(negotiateLocale({ cookie: "en", acceptLanguage: "fr-CA,fr;q=0.9" })).toBe("en");
    expect(negotiateLocale({ cookie: "fr-CA", acceptLanguage: "en-CA,en;q=0.9" })).toBe("fr-CA");
  });

  it("ignores a cookie that names a language the site does not speak", () => {
    expect(negotiateLocale({ cookie: "de", acceptLanguage: "fr" })).toBe("fr-CA");
    expect(negotiateLocale({ cookie: "<script>", acceptLanguage: undefined })).toBe("en");
  });

  it.each(["fr", "fr-FR", "fr-CA", "FR-ca", "fr-BE;q=0.8"])(
    "gives French (Canada) to a browser asking for %s",
    (tag) => {
      expect(negotiateLocale({ acceptLanguage: tag })).toBe("fr-CA");
    },
  );

  it("follows the browser's order of preference", () => {
    expect(negotiateLocale({ acceptLanguage: "en-CA,fr-CA;q=0.5" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "de-DE,fr;q=0.7,en;q=0.3" })).toBe("fr-CA");
    expect(negotiateLocale({ acceptLanguage: "en;q=0.2,fr;q=0.9" })).toBe("fr-CA");
  });

  it("gives English to an unknown language, an empty header or no header", () => {
    expect(negotiateLocale({ acceptLanguage: "de-DE,ja;q=0.5" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: null })).toBe("en");
  });

  it.each([";;;,,,", "fr;q=abc", "fr;q=0", "fr;q=7", "*", "f r", "é", "fr-".repeat(400)])(
    "gives English to the malformed header %j",
    (header) => {
      expect(negotiateLocale({ acceptLanguage: header })).toBe("en");
    },
  );
});
