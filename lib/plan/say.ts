import { fill } from "./fill";

/** A message in each plural form the language has; "other" is always there. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` a count takes in the locale (French says "1 changement" and "0 changement"), filled in. */
export function sayCount(forms: PluralForms, count: number, locale: string, values: Record<string, string> = {}) {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return fill(forms[rule.select(count)] ?? forms.other, { ...values, count });
}
