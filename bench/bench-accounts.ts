import { formWithField } from "../tests/reliability/support/forms";
import { NoJsBrowser } from "../tests/support/no-js-client";

/** Long enough for the sign-up rules, and not on the common-passphrase list. */
export const BENCH_PASSPHRASE = "orbit maple lantern quietly";

export type BenchAccount = { username: string; passphrase: string; browser: NoJsBrowser; cookie: string };

/**
 * Signs up the way a person without JavaScript would, under the username the page offers, from
 * an address of its own (the bench's server trusts one proxy); the new account is signed in.
 */
export async function signUp(baseUrl: string, address: string): Promise<BenchAccount> {
  const browser = new NoJsBrowser(baseUrl, { "x-forwarded-for": address });
  const form = await browser.get("/sign-up");
  const result = await browser.submit(form, formWithField(form, "confirmPassphrase"), {
    passphrase: BENCH_PASSPHRASE,
    confirmPassphrase: BENCH_PASSPHRASE,
  });
  const username = /data-new-username="">([^<]+)</.exec(result.html)?.[1];
  if (!username || !/(^|; )session=/.test(browser.cookieHeader()))
    throw new Error(`Sign-up from ${address} failed (HTTP ${result.status}).`);
  return { username, passphrase: BENCH_PASSPHRASE, browser, cookie: browser.cookieHeader() };
}

// Documentation addresses (TEST-NET-1), one per account made.
let accountsMade = 0;
const nextAddress = () => `192.0.2.${(accountsMade++ % 250) + 1}`;

/** `count` accounts, a few at a time (each costs an Argon2 derivation on the server). */
export async function signUpMany(baseUrl: string, count: number, atOnce = 4): Promise<BenchAccount[]> {
  const accounts: BenchAccount[] = [];
  for (let start = 0; start < count; start += atOnce) {
    const batch = Array.from({ length: Math.min(atOnce, count - start) }, () => signUp(baseUrl, nextAddress()));
    accounts.push(...(await Promise.all(batch)));
  }
  return accounts;
}
