import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messageNamespaces } from "@/i18n/message-namespaces";
import { defaultLocale, supportedLocales } from "@/i18n/locales";

const messagesFolder = path.resolve(import.meta.dirname, "../../../messages");

type Messages = { [key: string]: string | Messages };

function read(locale: string, namespace: string): Messages {
  return JSON.parse(fs.readFileSync(path.join(messagesFolder, locale, `${namespace}.json`), "utf8")) as Messages;
}

/** Every leaf as "a.b.c" → its value. */
function leaves(messages: Messages, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") for (const leaf of leaves(value, name)) found.set(...leaf);
    else found.set(name, value);
  }
  return found;
}

describe("every language has every message", () => {
  it("has a folder for each language and nothing else", () => {
    expect(fs.readdirSync(messagesFolder).sort()).toEqual(supportedLocales.map((locale) => locale.code).sort());
  });

  it("has one file per namespace in every folder", () => {
    for (const { code } of supportedLocales)
      expect(fs.readdirSync(path.join(messagesFolder, code)).sort()).toEqual(
        messageNamespaces.map((namespace) => `${namespace}.json`).sort(),
      );
  });

  const pairs = supportedLocales.flatMap(({ code }) =>
    messageNamespaces.map((namespace): [string, string] => [code, namespace]),
  );
  it.each(pairs)("%s/%s has the same keys as English, none of them empty", (code, namespace) => {
    const reference = leaves(read(defaultLocale, namespace));
    const translated = leaves(read(code, namespace));
    expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, value] of translated) {
      expect(typeof value, `${code}/${namespace}: ${key}`).toBe("string");
      expect((value as string).trim(), `${code}/${namespace}: ${key}`).not.toBe("");
    }
  });

  it("keeps each message's placeholders and tags in every language", () => {
    for (const [code, namespace] of pairs) {
      const reference = leaves(read(defaultLocale, namespace));
      for (const [key, value] of leaves(read(code, namespace))) {
        const names = (text: unknown) =>
          [...String(text).matchAll(/\{(\w+)|<\/?(\w+)>/g)].map((match) => match[0]).sort();
        expect(names(value), `${code}/${namespace}: ${key}`).toEqual(names(reference.get(key)));
      }
    }
  });
});

describe("the locales file", () => {
  it("gives each language a code, its own name and a direction", () => {
    for (const locale of supportedLocales) {
      expect(locale.code).toMatch(/^[a-z]{2,3}(-[A-Z]{2})?$/);
      expect(locale.name.trim()).not.toBe("");
      expect(["ltr", "rtl"]).toContain(locale.dir);
    }
    expect(defaultLocale).toBe("en");
  });
});
