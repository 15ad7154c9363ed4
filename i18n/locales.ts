import locales from "./locales.json";

export type LocaleInfo = { code: string; name: string; dir: "ltr" | "rtl" };

/** Every language the site speaks, from the one data file; the first is the default. */
export const supportedLocales = locales as LocaleInfo[];

export const defaultLocale = supportedLocales[0]?.code ?? "en";

export function isSupportedLocale(value: unknown): value is string {
  return typeof value === "string" && supportedLocales.some((locale) => locale.code === value);
}

export function localeInfo(code: string): LocaleInfo {
  return supportedLocales.find((locale) => locale.code === code) ?? (supportedLocales[0] as LocaleInfo);
}
