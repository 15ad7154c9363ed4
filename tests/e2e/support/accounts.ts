import { randomBytes } from "node:crypto";
import { expect, type BrowserContext, type Cookie, type Locator, type Page } from "@playwright/test";

/** What a person writes down when they make an account. */
export type Account = { username: string; passphrase: string; recoveryCode: string };

export const WRONG_SIGN_IN = "That username and passphrase do not match an account. Check them and try again.";
export const WRONG_RECOVERY = "That username and recovery code do not match an account. Check them and try again.";
export const FIRST_SIGN_IN = "This is the first time this account has been signed in.";
export const WAIT_MESSAGE = /^Too many tries\. Please wait \d+ seconds?, then try again\./;
/** Eight groups of four from Crockford's base32 alphabet (no I, L, O or U). */
export const RECOVERY_CODE_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/;
/** Auth.js's cookie, named in lib/auth/site-cookies.ts; the app runs over plain http here, so no __Host- prefix. */
export const SESSION_COOKIE = "session";
/** This browser's token for the account last signed in here (lib/auth/known-browser.ts), under a neutral name. */
export const BROWSER_COOKIE = "pref";
/** The usernames the sign-up page offers: three words and two digits. */
export const OFFERED_USERNAME = /^[a-z]+-[a-z]+-[a-z]+-\d{2}$/;

/** How long to wait for an answer that costs Argon2 work on the server. */
const ARGON2_WAIT_MS = 15_000;

const WORDS = ["orbit", "maple", "lantern", "quietly", "harbour", "pebble", "willow", "copper", "meadow", "thistle"];

/** A username no account has, such as someone might type at the sign-in page. */
export function uniqueUsername(prefix = "e2e"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}`;
}

/** Several random words and a number: long, uncommon, and different for every call. */
export function newPassphrase(): string {
  const pick = () => WORDS[randomBytes(1)[0]! % WORDS.length];
  return `${pick()} ${pick()} ${pick()} ${randomBytes(2).toString("hex")}`;
}

/** The form in the page's main content (the header and footer have none of their own). */
export function mainForm(page: Page): Locator {
  return page.getByRole("main").locator("form").first();
}

/** A problem with the whole form, shown at the top of the form. */
export function formAlert(page: Page): Locator {
  return mainForm(page).getByRole("alert");
}

/** The error shown beside one field, found the way assistive technology finds it. */
export function fieldError(page: Page, name: string): Locator {
  return page.locator(`#field-${name}-error`);
}

export async function expectFieldError(page: Page, name: string, message: string | RegExp): Promise<void> {
  const input = page.locator(`#field-${name}`);
  await expect(fieldError(page, name)).toHaveText(message);
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAttribute("aria-describedby", new RegExp(`\\bfield-${name}-error\\b`));
}

/** The username the sign-up page offers; nobody can type one of their own. */
export function offeredUsername(page: Page): Locator {
  return page.locator("[data-offered-username]");
}

/**
 * Fills in and sends the sign-up form, and waits for the answer; returns the username it offered.
 * On the sign-up page already (after a refusal), it goes on with the username offered there.
 */
export async function fillSignUp(
  page: Page,
  passphrase: string,
  confirm = passphrase,
  plan: PlanChoice = SAFETY_PLAN,
): Promise<string> {
  if (!page.url().endsWith("/sign-up")) await page.goto("/sign-up");
  const username = (await offeredUsername(page).textContent())?.trim() ?? "";
  expect(username).toMatch(OFFERED_USERNAME);
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel("Passphrase again").fill(confirm);
  await page.getByRole("group", { name: PLAN_QUESTION }).getByLabel(plan, { exact: true }).check();
  await submitAndWait(page, page.getByRole("button", { name: "Create account" }));
  return username;
}

/** The question sign-up asks, and its two answers: the first is chosen until the person picks. */
export const PLAN_QUESTION = "What would you like to make here?";
export const SAFETY_PLAN = "A plan for my safety";
export const CHANGE_PLAN = "A plan to change how I act";
export type PlanChoice = typeof SAFETY_PLAN | typeof CHANGE_PLAN;
/** Where "I have written it down. Continue" leads a new account: its plan's first question. */
export const FIRST_QUESTION = { [SAFETY_PLAN]: /\/planner\/questions$/, [CHANGE_PLAN]: /\/journal\/questions$/ };
export const CONTINUE = "I have written it down. Continue";

/** Makes the account and stops on the screen that shows the recovery code, and the username again. */
export async function signUpUntilCode(
  page: Page,
  passphrase = newPassphrase(),
  plan: PlanChoice = SAFETY_PLAN,
): Promise<Account> {
  const username = await fillSignUp(page, passphrase, passphrase, plan);
  const code = page.locator("[data-recovery-code]");
  // Sign-up runs Argon2 (64 MiB), which takes a while on a busy machine.
  await expect(code).toHaveText(RECOVERY_CODE_FORMAT, { timeout: ARGON2_WAIT_MS });
  await expect(page.locator("[data-new-username]")).toHaveText(username);
  return { username, passphrase, recoveryCode: (await code.textContent())?.trim() ?? "" };
}

/**
 * Makes a new account, writes the code down and continues to the plan's first question, then
 * opens /account, signed in.
 */
export async function signUp(page: Page, passphrase?: string, plan: PlanChoice = SAFETY_PLAN): Promise<Account> {
  const account = await signUpUntilCode(page, passphrase, plan);
  await page.getByRole("link", { name: CONTINUE }).click();
  await expect(page).toHaveURL(FIRST_QUESTION[plan]);
  await page.goto("/account");
  await expectSignedInAs(page, account.username);
  return account;
}

/** Clicks a form's button and waits for the server's answer to the post it sends. */
export async function submitAndWait(page: Page, button: Locator): Promise<void> {
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await button.click();
  await answered;
}

/**
 * Fills and sends the sign-in form, and waits for the answer; says nothing about how it went.
 * Once the form is back, its passphrase field is empty again (it is never sent back to the page).
 */
export async function submitSignIn(page: Page, username: string, passphrase: string): Promise<void> {
  if (!page.url().endsWith("/sign-in")) await page.goto("/sign-in");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Passphrase").fill(passphrase);
  await submitAndWait(page, page.getByRole("button", { name: "Sign in", exact: true }));
  const passphraseField = page.getByLabel("Passphrase");
  await expect
    .poll(async () =>
      page.url().endsWith("/sign-in") ? passphraseField.inputValue({ timeout: 500 }).catch(() => "?") : "",
    )
    .toBe("");
}

export async function signIn(page: Page, username: string, passphrase: string): Promise<void> {
  await page.goto("/sign-in");
  await submitSignIn(page, username, passphrase);
  await expectSignedInAs(page, username);
}

export async function expectSignedInAs(page: Page, username: string): Promise<void> {
  await expect(page).toHaveURL(/\/account$/, { timeout: ARGON2_WAIT_MS });
  await expect(page.getByRole("main")).toContainText(`Signed in as ${username}.`);
}

/** Signs out with the button on /account, which lands on the home page. */
export async function signOut(page: Page): Promise<void> {
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** The sign-in page is where every account page sends someone who is not signed in. */
export async function expectSignedOut(page: Page): Promise<void> {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
}

/** The names of the cookies this browser holds for the site. */
export async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((cookie) => cookie.name);
}

export async function sessionCookie(context: BrowserContext): Promise<Cookie> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  expect(cookie, "the session cookie").toBeDefined();
  return cookie as Cookie;
}
