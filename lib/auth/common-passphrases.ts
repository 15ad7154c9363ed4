import { dictionary } from "@zxcvbn-ts/language-common";

let common: Set<string> | undefined;

/** Whether a passphrase, ignoring case and spaces, is on a list of ~49,000 common passwords. */
export function isCommonPassphrase(passphrase: string): boolean {
  common ??= new Set(dictionary["passwords-common"] as string[]);
  const squashed = passphrase.toLowerCase().replace(/\s+/g, "");
  return common.has(squashed) || /^(.)\1+$/.test(squashed);
}
