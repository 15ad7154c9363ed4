// Simulated people: each with their own JavaScript-off browser and, if asked, their own client address.
import { NoJsBrowser, type Page } from "../../support/no-js-client";
import { mapWithLimit } from "./concurrency";
import { decodeHtml, formWithField } from "./forms";

export type Person = { username: string; passphrase: string; browser: NoJsBrowser };

export const passphraseFor = (label: string) => `harbour lantern ${label} meadow`;

/**
 * The address the app sees for person `n`. The reliability server trusts one proxy
 * (reliability-server.ts), so each person's X-Forwarded-For is their own address and rate limits stay per person.
 */
export const addressFor = (n: number) => `10.77.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;

/** The username shown with the recovery code once an account is made, if the page shows one. */
export function newUsernameIn(page: Page): string | undefined {
  const match = /data-new-username="">([^<]+)</.exec(page.html);
  return match ? decodeHtml(match[1] as string) : undefined;
}

/** Creates an account through the sign-up page, under the username it offers; the new browser is signed in. */
export async function signUp(url: string, label: string, address?: string): Promise<Person> {
  const browser = new NoJsBrowser(url, address ? { "x-forwarded-for": address } : {});
  const passphrase = passphraseFor(label);
  const form = await browser.get("/sign-up");
  const done = await browser.submit(form, formWithField(form, "confirmPassphrase"), {
    passphrase,
    confirmPassphrase: passphrase,
  });
  const username = newUsernameIn(done);
  if (done.status !== 200 || !username || !done.html.includes("data-recovery-code")) {
    throw new Error(`Sign-up of ${label} failed with status ${done.status}`);
  }
  return { username, passphrase, browser };
}

/** Signs in through the sign-in page with a fresh browser; the sign-in redirects to the account page. */
export async function signIn(
  url: string,
  person: Pick<Person, "username" | "passphrase">,
  address?: string,
): Promise<Person> {
  const browser = new NoJsBrowser(url, address ? { "x-forwarded-for": address } : {});
  const form = await browser.get("/sign-in");
  const done = await browser.submit(form, formWithField(form, "username"), {
    username: person.username,
    passphrase: person.passphrase,
  });
  if (done.status !== 200 || !new URL(done.url).pathname.startsWith("/account")) {
    throw new Error(`Sign-in of ${person.username} failed with status ${done.status} at ${done.url}`);
  }
  return { ...person, browser };
}

/**
 * `count` new accounts, person `n` labelled `<prefix><n>`. Argon2 costs each sign-up about 200 ms
 * of server CPU, so only two run at once.
 */
export function signUpMany(url: string, prefix: string, count: number): Promise<Person[]> {
  return mapWithLimit(
    Array.from({ length: count }, (_, n) => n),
    2,
    (n) => signUp(url, `${prefix}${n}`, addressFor(n)),
  );
}
