import { NoJsBrowser } from "../tests/support/no-js-client";

/** Long enough for the sign-up rules, and not on the common-passphrase list. */
export const BENCH_PASSPHRASE = "orbit maple lantern quietly";

export type BenchAccount = { username: string; passphrase: string; browser: NoJsBrowser; cookie: string };

/** Signs up the way a person without JavaScript would; the new account is signed in. */
export async function signUp(baseUrl: string, username: string): Promise<BenchAccount> {
  const browser = new NoJsBrowser(baseUrl);
  const form = await browser.get("/sign-up");
  const result = await browser.submit(form, 0, { username, passphrase: BENCH_PASSPHRASE, confirmPassphrase: BENCH_PASSPHRASE });
  if (!/(^|; )session=/.test(browser.cookieHeader())) throw new Error(`Sign-up of ${username} failed (HTTP ${result.status}).`);
  return { username, passphrase: BENCH_PASSPHRASE, browser, cookie: browser.cookieHeader() };
}

/** `count` accounts, a few at a time (each costs Argon2 derivations on the server). */
export async function signUpMany(baseUrl: string, count: number, prefix = "bench", atOnce = 4): Promise<BenchAccount[]> {
  const accounts: BenchAccount[] = [];
  for (let start = 0; start < count; start += atOnce) {
    const batch = Array.from({ length: Math.min(atOnce, count - start) }, (_, offset) => signUp(baseUrl, `${prefix}-${start + offset}`));
    accounts.push(...(await Promise.all(batch)));
  }
  return accounts;
}
