/**
 * The plan forms' messages are keys into messages/<locale>/formErrors.json, with what they need to
 * say carried after a "?" (`keepUnder?max=4000`), so the readers and schemas hold no words and the
 * action says them in the reader's language.
 */
export type FormMessageValues = Record<string, string | number>;

export function formMessage(key: string, values?: FormMessageValues): string {
  if (!values || Object.keys(values).length === 0) return key;
  const query = new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)]));
  return `${key}?${query.toString()}`;
}

export function readFormMessage(message: string): { key: string; values: FormMessageValues } {
  const at = message.indexOf("?");
  if (at < 0) return { key: message, values: {} };
  const values: FormMessageValues = {};
  for (const [name, value] of new URLSearchParams(message.slice(at + 1)))
    values[name] = /^\d{1,15}$/.test(value) ? Number(value) : value;
  return { key: message.slice(0, at), values };
}

/** What says a key: next-intl's translator for the `formErrors` namespace, or one made in a test. */
export type FormMessageTranslator = {
  (key: string, values?: FormMessageValues): string;
  has: (key: string) => boolean;
};

/** One message in the reader's language; anything that is not one of our keys is shown as it came. */
export function sayFormMessage(t: FormMessageTranslator, message: string): string {
  const { key, values } = readFormMessage(message);
  return /^[A-Za-z][\w.]*$/.test(key) && t.has(key) ? t(key, values) : message;
}

export function sayFieldErrors(
  t: FormMessageTranslator,
  errors: Record<string, string> | undefined,
): Record<string, string> | undefined {
  return errors && Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, sayFormMessage(t, key)]));
}
