import "server-only";
import Bowser from "bowser";

// Longer than any real browser's; a longer header is cut before the parser's patterns read it.
const MAX_USER_AGENT = 512;
const SHORT_NAMES: Record<string, string> = { "Samsung Internet for Android": "Samsung Internet" };
// Kept in this form in the session row; the sessions page says it in the reader's language.
const ON = " on ";

/**
 * "Firefox on Android": the browser and system family only, no versions or device model, so the
 * list of sessions can tell browsers apart while keeping as little as possible about them.
 */
export function browserFamilyOf(userAgent: string | null | undefined): string | undefined {
  const text = (userAgent ?? "").slice(0, MAX_USER_AGENT).trim();
  if (!text) return undefined;
  const { browser, os } = Bowser.parse(text);
  const name = browser.name ? (SHORT_NAMES[browser.name] ?? browser.name) : undefined;
  if (name && os.name) return `${name}${ON}${os.name}`;
  return name ?? os.name ?? undefined;
}

/** The browser and system parts of what `browserFamilyOf` kept, to say in the reader's language. */
export function browserParts(family: string): { browser: string; system?: string } {
  const [browser = family, system] = family.split(ON);
  return system ? { browser, system } : { browser: family };
}
