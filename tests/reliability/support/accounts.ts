// Simulated people: each with their own JavaScript-off browser and, if asked, their own client address.
import { NoJsBrowser } from "../../support/no-js-client";
import { mapWithLimit } from "./concurrency";
import { formWithField } from "./forms";

export type Person = { username: string; passphrase: string; browser: NoJsBrowser };

export const passphraseFor = (username: string) => `harbour lantern ${username} meadow`;

/** The address the app sees for person `n` (the first X-Forwarded-For entry), so rate limits stay per person. */
export const addressFor = (n: number) => `10.77.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;

/** Creates an account through the sign-up page; the new browser is signed in. */
export async function signUp(url: string, username: string, address?: string): Promise<Person> {
  const browser = new NoJsBrowser(url, address ? { "x-forwarded-for": address } : {});
  const passphrase = passphraseFor(username);
  const form = await browser.get("/sign-up");
  const done = await browser.submit(form, formWithField(form, "username"), { username, passphrase, confirmPassphrase: passphrase });
  if (done.status !== 200 || !done.html.includes("data-recovery-code")) {
    throw new Error(`Sign-up of ${username} failed with status ${done.status}`);
  }
  return { username, passphrase, browser };
}

/** Signs in through the sign-in page with a fresh browser; the sign-in redirects to the account page. */
export async function signIn(url: string, username: string, address?: string): Promise<Person> {
  const browser = new NoJsBrowser(url, address ? { "x-forwarded-for": address } : {});
  const passphrase = passphraseFor(username);
  const form = await browser.get("/sign-in");
  const done = await browser.submit(form, formWithField(form, "username"), { username, passphrase });
  if (done.status !== 200 || !new URL(done.url).pathname.startsWith("/account")) {
    throw new Error(`Sign-in of ${username} failed with status ${done.status} at ${done.url}`);
  }
  return { username, passphrase, browser };
}

/**
 * `count` new accounts named `<prefix><n>`. Argon2 costs each sign-up about 200 ms of server CPU,
 * so only two run at once.
 */
export function signUpMany(url: string, prefix: string, count: number): Promise<Person[]> {
  return mapWithLimit(
    Array.from({ length: count }, (_, n) => n),
    2,
    (n) => signUp(url, `${prefix}${n}`, addressFor(n)),
  );
}
