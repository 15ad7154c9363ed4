import { describe, expect, it } from "vitest";
import { refusalText } from "@/lib/security/refusal-words";

const refusedRequest = (headers: Record<string, string>, cookies: Record<string, string> = {}) => ({
  headers: new Headers(headers),
  cookies: { get: (name: string) => (name in cookies ? { value: cookies[name] as string } : undefined) },
});

describe("a refused request is answered in the reader's language", () => {
  it.each([400, 403, 409, 413])(
    "says %i in French to a French browser, and in English to an English one",
    async (status) => {
      const french = await refusalText(status, refusedRequest({ "accept-language": "fr-CA,fr;q=0.9" }));
      const english = await refusalText(status, refusedRequest({ "accept-language": "en-CA" }));
      expect(french.locale).toBe("fr-CA");
      expect(english.locale).toBe("en");
      expect(french.text).toMatch(/Veuillez/);
      expect(english.text).toMatch(/Please/);
    },
  );

  it("follows the language chosen with the switch over what the browser asks for", async () => {
    const chosen = await refusalText(413, refusedRequest({ "accept-language": "en" }, { lang: "fr-CA" }));
    expect(chosen).toEqual({ locale: "fr-CA", text: expect.stringContaining("trop gros") });
  });

  it("answers in English when the browser asks for a language the site does not speak", async () => {
    const other = await refusalText(403, refusedRequest({ "accept-language": "de-DE" }));
    expect(other.locale).toBe("en");
    expect(other.text).toContain("this site's own pages");
  });
});
