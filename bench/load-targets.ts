// What the load test asks of the server: a static file (the ceiling), a guidance page, a real
// sign-in (one Argon2 derivation each) and a real plan save, each as a browser without JavaScript sends it.
import type autocannon from "autocannon";
import { formsOf, NoJsBrowser } from "../tests/support/no-js-client";
import type { BenchAccount } from "./bench-accounts";
import { encodeForm } from "./multipart-body";

export type Tally = { ok: number; conflicts: number; unexpected: Record<string, number> };
export type LoadTarget = {
  name: string;
  requestsFor(client: number, tally: Tally): autocannon.Request[];
  /** A fixed number of requests instead of a fixed time, for a target too slow to finish many in one window. */
  requestCount?(connections: number, seconds: number): number;
  /** Called before each run, once the server is idle. */
  prepare?(): Promise<void>;
};

export const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br", accept: "text/html,*/*" };
/** How Chromium posts a form under `Referrer-Policy: no-referrer` (see no-js-client.ts). */
const FORM_HEADERS = { ...BROWSER_HEADERS, origin: "null", "sec-fetch-site": "same-origin" };

function count(tally: Tally, status: number, ok: boolean): void {
  if (ok) tally.ok += 1;
  else tally.unexpected[status] = (tally.unexpected[status] ?? 0) + 1;
}

function headerValue(headers: Record<string, unknown> | undefined, name: string): string {
  const key = Object.keys(headers ?? {}).find((candidate) => candidate.toLowerCase() === name);
  return key ? String(headers?.[key]) : "";
}

export function getTarget(name: string, path: string): LoadTarget {
  return {
    name,
    requestsFor: (_client, tally) => [
      { method: "GET", path, headers: BROWSER_HEADERS, onResponse: (status) => count(tally, status, status === 200) },
    ],
  };
}

/**
 * Every client signs in with the right passphrase from its own (documentation-range) address, to
 * one of the accounts in turn: never more at once on one account than its free tries, since tries
 * are counted before the work and an account's sixth sign-in at once would be told to wait.
 * Argon2 queues fairly, so 50 sign-ins at once all finish together after ~10 s: a 5 s window
 * would see none. So this target runs a fixed count: every client at least once, and at least
 * 4 per second of the usual window.
 */
export async function signInTarget(baseUrl: string, accounts: BenchAccount[]): Promise<LoadTarget> {
  const page = await new NoJsBrowser(baseUrl).get("/sign-in");
  const index = formsOf(page.html).findIndex((form) => form.hidden.some(([name]) => name.startsWith("$ACTION")));
  const forms = await Promise.all(
    accounts.map((account) => encodeForm(page, index, { username: account.username, passphrase: account.passphrase })),
  );
  return {
    name: "sign-in (POST, Argon2id)",
    requestCount: (connections, seconds) => Math.max(connections, seconds * 4),
    requestsFor: (client, tally) => {
      const form = forms[client % forms.length] as Awaited<ReturnType<typeof encodeForm>>;
      return [
        {
          method: "POST",
          path: form.path,
          body: form.body,
          headers: {
            ...FORM_HEADERS,
            "content-type": form.contentType,
            "x-forwarded-for": `198.51.100.${client % 250}`,
          },
          onResponse: (status, _body, _context, headers) =>
            count(tally, status, status === 303 && headerValue(headers, "location").startsWith("/account")),
        },
      ];
    },
  };
}

/**
 * Each client saves one section of its own account's plan, sending the version it last saw
 * (read back from each answer, as the page would); a save that meets a newer version is a conflict.
 * It asks for an uncompressed answer: autocannon cannot unzip, and the version is read from it.
 */
export async function planSaveTarget(accounts: BenchAccount[], section = "emergency"): Promise<LoadTarget> {
  const first = accounts[0] as BenchAccount;
  const sectionForm = async (account: BenchAccount) => {
    const page = await account.browser.get(`/planner/section/${section}`);
    return {
      page,
      index: formsOf(page.html).findIndex((form) =>
        form.hidden.some(([name, value]) => name === "section" && value === section),
      ),
    };
  };
  const { page, index } = await sectionForm(first);
  const form = await encodeForm(page, index, { version: "VERSION-HERE", note: "Bench note NUMBER-HERE" });
  const versions = new Map<BenchAccount, number>(accounts.map((account) => [account, 0]));
  let saves = 0;
  return {
    name: `plan save (POST /planner/section/${section})`,
    // A save still in flight when the last window closed moved the version on: read it afresh.
    prepare: async () => {
      for (const account of accounts) {
        const fresh = await sectionForm(account);
        const version = formsOf(fresh.page.html)[fresh.index]?.hidden.find(([name]) => name === "version")?.[1];
        versions.set(account, Number(version ?? 0));
      }
    },
    requestsFor: (client, tally) => {
      const account = accounts[client % accounts.length] as BenchAccount;
      const headers = {
        ...FORM_HEADERS,
        "accept-encoding": "identity",
        "content-type": form.contentType,
        cookie: account.cookie,
      };
      return [
        {
          method: "POST",
          path: form.path,
          headers,
          setupRequest: (request) => ({
            ...request,
            body: form.body
              .replace("VERSION-HERE", String(versions.get(account)))
              .replace("NUMBER-HERE", String((saves += 1))),
          }),
          onResponse: (status, body) => {
            const version = /name="version" value="(\d+)"/.exec(body)?.[1];
            if (version) versions.set(account, Number(version));
            if (status === 200 && body.includes('id="conflict-heading"')) tally.conflicts += 1;
            else count(tally, status, status === 200 && body.includes(">Saved.</p>"));
          },
        },
      ];
    },
  };
}
