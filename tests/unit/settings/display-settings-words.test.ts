import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/auth/guarded";
import { readFormMessage } from "@/lib/forms/form-message";
import { displaySettingsForm, timeZoneForm } from "@/lib/settings/display-settings";
import { timeZoneNameIn } from "@/lib/site/time-zone-names";
import english from "@/messages/en/account.json";
import french from "@/messages/fr-CA/account.json";

const form = displaySettingsForm(["plan.example.org"]);
const refusals = [
  form.safeParse({ tabTitle: "50%", exitSite: "own", ownAddress: "nowhere" }),
  form.safeParse({ tabTitle: "x".repeat(200), exitSite: "own", ownAddress: "https://plan.example.org/" }),
  form.safeParse({ exitSite: "own", ownAddress: "" }),
  form.safeParse({ exitSite: "https://evil.example/" }),
  timeZoneForm.safeParse({ timeZone: "Mars/Olympus" }),
];
const messages = refusals.flatMap((parsed) => Object.values(parsed.success ? {} : fieldErrorsOf(parsed.error)));
const say = (locale: string, words: typeof english, message: string) => {
  const { key, values } = readFormMessage(message);
  return createTranslator({ locale, messages: { account: words }, namespace: "account.errors" })(
    key as never,
    values as never,
  );
};

describe("the display settings speak the reader's language", () => {
  it("every refusal of the settings forms is a key worded in English and in French", () => {
    expect(messages.length).toBeGreaterThanOrEqual(6);
    for (const message of messages) {
      const { key } = readFormMessage(message);
      expect(Object.keys(english.errors)).toContain(key);
      expect(say("fr-CA", french, message)).not.toBe(say("en", english, message));
    }
  });

  it("says a title that is too long with its limit, in French", () => {
    const tooLong = messages.find((message) => message.startsWith("titleTooLong"))!;
    expect(say("fr-CA", french, tooLong)).toMatch(/^Gardez le titre à \d+ caractères ou moins\.$/);
  });

  it("names time zones in French, by Intl, and keeps English names as they were", () => {
    expect(timeZoneNameIn("America/Vancouver", "fr-CA")).toBe("Vancouver (heure du Pacifique)");
    expect(timeZoneNameIn("America/St_Johns", "fr-CA")).toBe("St Johns (heure de Terre-Neuve)");
    expect(timeZoneNameIn("America/Vancouver", "en")).toBe("America / Vancouver");
    expect(timeZoneNameIn("UTC", "fr-CA")).toBe("UTC");
  });
});
