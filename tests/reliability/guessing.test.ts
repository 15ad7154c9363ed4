// Someone guessing at accounts against the built server, with real concurrency: tries are counted
// before the Argon2 work, the client's address is the connection's unless a proxy is trusted, and
// people who share an address (a shelter, a family) are not locked out by each other's mistakes.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../support/app-server";
import { NoJsBrowser, type Page } from "../support/no-js-client";
import { newUsernameIn, signUp, type Person } from "./support/accounts";
import { formWithField } from "./support/forms";
import { startReliabilityServer } from "./support/reliability-server";

const WRONG = "That username and passphrase do not match an account.";
const WAIT = "Too many tries. Please wait";
const OFFER_GONE = "We picked a new username for you";
const FREE_TRIES = 5;
const CLIENT_TRIES = 30;
// The first wait after the free tries: far longer than a burst of guesses takes to arrive, so none
// of them can find the wait already over.
const LONG_WAIT = { SIGN_IN_DELAY_SECONDS: "600" };

type Answer = "wrong" | "wait" | "signed in" | "other";

function answerOf(page: Page): Answer {
  if (new URL(page.url).pathname === "/account") return "signed in";
  if (page.html.includes(WAIT)) return "wait";
  if (page.html.includes(WRONG)) return "wrong";
  return "other";
}

/** One sign-in from a browser with no cookies, sending `forwardedFor` if given. */
async function tryPassphrase(
  server: AppServer,
  form: Page,
  username: string,
  passphrase: string,
  forwardedFor?: string,
): Promise<Answer> {
  const browser = new NoJsBrowser(server.url, forwardedFor ? { "x-forwarded-for": forwardedFor } : {});
  const page = await browser.submit(form, formWithField(form, "username"), { username, passphrase });
  expect(page.status, `a sign-in answered ${page.status}`).toBeLessThan(500);
  return answerOf(page);
}

const count = (answers: Answer[], kind: Answer) => answers.filter((answer) => answer === kind).length;
const madeUp = () => `nobody-${randomBytes(5).toString("hex")}`;
const address = () => `198.51.100.${1 + ((randomBytes(1)[0] as number) % 250)}`;

describe("with no proxy trusted (the default)", () => {
  let server: AppServer;
  let person: Person;
  let signInForm: Page;

  beforeAll(async () => {
    server = await startReliabilityServer({ TRUSTED_PROXY_HOPS: "0", ...LONG_WAIT });
    person = await signUp(server.url, "guessed");
    signInForm = await new NoJsBrowser(server.url).get("/sign-in");
  });
  afterAll(() => server?.stop());

  it("works on at most the free tries when 40 guesses at one account from one address arrive at once", async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, n) => tryPassphrase(server, signInForm, person.username, `parallel guess ${n}`)),
    );

    console.log(
      `40 parallel guesses from one address: ${count(answers, "wrong")} evaluated, ${count(answers, "wait")} told to wait`,
    );
    expect(count(answers, "wrong")).toBeLessThanOrEqual(FREE_TRIES);
    expect(count(answers, "wrong") + count(answers, "wait")).toBe(40);
  });

  it("gains a guesser nothing when each guess claims a new address in X-Forwarded-For", async () => {
    // Guesses at made-up usernames, so only the address's own counter can stop them.
    const spread = await Promise.all(
      Array.from({ length: CLIENT_TRIES + 20 }, () =>
        tryPassphrase(server, signInForm, madeUp(), "a guess", address()),
      ),
    );

    console.log(`${CLIENT_TRIES + 20} guesses with made-up X-Forwarded-For: ${count(spread, "wrong")} evaluated`);
    expect(count(spread, "wrong")).toBeLessThanOrEqual(CLIENT_TRIES);
    expect(count(spread, "wrong") + count(spread, "wait")).toBe(CLIENT_TRIES + 20);
    expect(await tryPassphrase(server, signInForm, madeUp(), "one more", address())).toBe("wait");
  });

  it("still lets in a new account made at that address, and its browser again after signing out", async () => {
    // Everyone here comes from 127.0.0.1, whose tries the guesses above used up.
    expect(await tryPassphrase(server, signInForm, person.username, person.passphrase)).toBe("wait");
    const newcomer = await signUp(server.url, "newcomer");
    expect((await newcomer.browser.get("/account")).html).toContain(
      `Signed in as <strong>${newcomer.username}</strong>`,
    );

    const home = await newcomer.browser.post("/sign-out", new FormData());
    expect(new URL(home.url).pathname).toBe("/");
    const form = await newcomer.browser.get("/sign-in");
    const again = await newcomer.browser.submit(form, formWithField(form, "username"), {
      username: newcomer.username,
      passphrase: newcomer.passphrase,
    });
    expect(answerOf(again)).toBe("signed in");
  });
});

describe("behind one trusted proxy (TRUSTED_PROXY_HOPS=1)", () => {
  let server: AppServer;
  let signInForm: Page;

  beforeAll(async () => {
    server = await startReliabilityServer({ TRUSTED_PROXY_HOPS: "1", ...LONG_WAIT });
    signInForm = await new NoJsBrowser(server.url).get("/sign-in");
  });
  afterAll(() => server?.stop());

  it("counts the address the proxy added, not one the client wrote before it", async () => {
    const shared = "203.0.113.10";
    const used = await Promise.all(
      Array.from({ length: CLIENT_TRIES }, () => tryPassphrase(server, signInForm, madeUp(), "a guess", shared)),
    );
    expect(count(used, "wrong")).toBe(CLIENT_TRIES);

    expect(await tryPassphrase(server, signInForm, madeUp(), "a guess", shared)).toBe("wait");
    // The client wrote the first entry; the proxy appended the address it really came from.
    expect(await tryPassphrase(server, signInForm, madeUp(), "a guess", `198.51.100.77, ${shared}`)).toBe("wait");
    expect(await tryPassphrase(server, signInForm, madeUp(), "a guess", "203.0.113.11")).toBe("wrong");
  });

  it("still works on at most the free tries at one account when every guess comes from a new address", async () => {
    const person = await signUp(server.url, "spread", "203.0.113.50");
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        tryPassphrase(server, signInForm, person.username, `guess ${n}`, `203.0.113.${100 + n}`),
      ),
    );

    console.log(`40 parallel guesses at one account from 40 addresses: ${count(answers, "wrong")} evaluated`);
    expect(count(answers, "wrong")).toBeLessThanOrEqual(FREE_TRIES);
    // The owner's own browser is not held back by them.
    const form = await person.browser.post("/sign-out", new FormData()).then(() => person.browser.get("/sign-in"));
    const owner = await person.browser.submit(form, formWithField(form, "username"), {
      username: person.username,
      passphrase: person.passphrase,
    });
    expect(answerOf(owner)).toBe("signed in");
  });
});

describe("signing up", () => {
  let server: AppServer;

  beforeAll(async () => {
    server = await startReliabilityServer();
  });
  afterAll(() => server?.stop());

  it("makes one account when one form is sent four times at once, and answers every post with a page, not an error", async () => {
    const browser = new NoJsBrowser(server.url, { "x-forwarded-for": "203.0.113.60" });
    const form = await browser.get("/sign-up");
    const passphrase = `four taps at once ${randomBytes(3).toString("hex")}`;
    const pages = await Promise.all(
      Array.from({ length: 4 }, () =>
        new NoJsBrowser(server.url, { "x-forwarded-for": "203.0.113.60" }).submit(
          form,
          formWithField(form, "confirmPassphrase"),
          { passphrase, confirmPassphrase: passphrase },
        ),
      ),
    );

    expect(pages.map((page) => page.status)).toEqual([200, 200, 200, 200]);
    expect(pages.filter((page) => newUsernameIn(page))).toHaveLength(1);
    expect(pages.filter((page) => page.html.includes(OFFER_GONE))).toHaveLength(3);
    expect(server.output()).not.toMatch(/P2002|Unique constraint|\n\s+at /);
  });

  it("ignores a username sent with the form, so it answers alike whether or not that name has an account", async () => {
    const existing = await signUp(server.url, "known", "203.0.113.70");
    const tryName = async (username: string) => {
      const browser = new NoJsBrowser(server.url, { "x-forwarded-for": address() });
      const form = await browser.get("/sign-up");
      const passphrase = `trying a name ${randomBytes(3).toString("hex")}`;
      const page = await browser.submit(form, formWithField(form, "confirmPassphrase"), {
        username,
        passphrase,
        confirmPassphrase: passphrase,
      });
      return {
        made: newUsernameIn(page),
        offered: /data-offered-username="">([^<]+)</.exec(form.html)?.[1],
        codeShown: page.html.includes("data-recovery-code"),
        status: page.status,
      };
    };

    const known = await tryName(existing.username);
    const unknown = await tryName(madeUp());

    for (const attempt of [known, unknown]) {
      expect(attempt.status).toBe(200);
      expect(attempt.codeShown, "an account is made, whichever name was sent").toBe(true);
      expect(attempt.made, "the account gets the username the page offered").toBe(attempt.offered);
    }
    expect(known.made).not.toBe(existing.username);
  });
});
