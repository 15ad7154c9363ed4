// Someone with no account floods the built server with posts made to keep it busy or to fill its
// log, while a person presses quick exit and another searches without JavaScript. Each hostile
// post gets a 4xx, the server logs nothing about them, and quick exit and the search still work.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../support/app-server";
import { formsOf, NoJsBrowser } from "../support/no-js-client";
import { formWithField } from "./support/forms";
import { leakedInternals } from "./support/page-checks";
import { startReliabilityServer } from "./support/reliability-server";

const QUICK_EXIT_URL = "https://neutral.example/";
const COPIES = 3;
const browser = { origin: "null", "sec-fetch-site": "same-origin" };

type Field = [name: string, value: string];
type Hostile = { name: string; path: string; body: BodyInit; headers: Record<string, string>; expected: number };

/** A multipart body with a one-letter boundary, the smallest a client can send per field. */
function multipart(fields: Field[]): { body: Uint8Array<ArrayBuffer>; type: string } {
  const parts = fields.map(
    ([name, value]) => `--z\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return { body: new TextEncoder().encode(`${parts.join("")}--z--\r\n`), type: "multipart/form-data; boundary=z" };
}

const hexId = (n: number) => `60${n.toString(16).padStart(40, "0")}`;
const boundActions = (count: number): Field[] =>
  Array.from({ length: count }, (_, n): Field[] => [
    [`$ACTION_REF_${n + 1}`, ""],
    [`$ACTION_${n + 1}:0`, JSON.stringify({ id: hexId(n), bound: null })],
  ]).flat();

let server: AppServer;
let searchAction: Field[];

beforeAll(async () => {
  server = await startReliabilityServer();
  // The search form's own action, so some hostile posts name an action that exists.
  const page = await new NoJsBrowser(server.url).get("/search");
  searchAction = formsOf(page.html)[formWithField(page, "query")]?.hidden ?? [];
});

afterAll(async () => {
  await server?.stop();
});

const crossSite = (post: Hostile): Hostile => ({
  ...post,
  headers: { ...post.headers, origin: "https://evil.example", "sec-fetch-site": "cross-site" },
});
const sizeOf = (body: BodyInit) =>
  typeof body === "string" ? Buffer.byteLength(body) : (body as Uint8Array).byteLength;

function hostilePosts(): Hostile[] {
  const form = (name: string, fields: Field[], expected: number, path = "/planner/section/trusted-people"): Hostile => {
    const { body, type } = multipart(fields);
    return { name, path, body, headers: { ...browser, "content-type": type }, expected };
  };
  const deep = 300_000;
  return [
    form("4,500 bound actions (850 KiB)", boundActions(4500), 413),
    form(
      "12,000 trusted-people ids",
      Array.from({ length: 12_000 }, (_, n): Field => [`trustedPeople.${n}.id`, "abcdefgh"]),
      413,
    ),
    form("990 bound actions", boundActions(990), 400),
    form(
      "state nested 300,000 deep",
      [
        ...searchAction.filter(([name]) => !/^\$ACTION_\d+:1$/.test(name)),
        ["$ACTION_1:1", `[${"[".repeat(deep)}${"]".repeat(deep)}]`],
      ],
      400,
      "/search",
    ),
    crossSite(form("the search, posted by another site", [...searchAction, ["query", "help"]], 403, "/search")),
    form("an action this build does not have", [[`$ACTION_ID_${"a".repeat(42)}`, ""]], 409, "/search"),
    {
      name: "a React call to an action this build does not have",
      path: "/search",
      body: '["$K1"]',
      headers: { ...browser, "next-action": "b".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      expected: 409,
    },
  ];
}

async function exitLatency(): Promise<{ ms: number; status: number; location: string | null }> {
  const started = performance.now();
  const response = await fetch(`${server.url}/exit`, { redirect: "manual" });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, location: response.headers.get("location") };
}

describe("a flood of hostile posts from someone with no account", () => {
  it("gets 4xx answers and a quiet log, while quick exit and the search keep working", async () => {
    const idle = [];
    for (let n = 0; n < 5; n++) idle.push((await exitLatency()).ms);
    const logFrom = server.output().length;

    const posts = Array.from({ length: COPIES }, hostilePosts).flat();
    let inFlight = posts.length;
    const answers = Promise.all(
      posts.map(async (post) => {
        const response = await fetch(`${server.url}${post.path}`, {
          method: "POST",
          body: post.body,
          headers: post.headers,
          redirect: "manual",
        });
        const text = await response.text();
        inFlight -= 1;
        return { name: post.name, expected: post.expected, status: response.status, text };
      }),
    );
    // Quick exit, pressed again and again while the posts are on their way and being answered.
    const exits = [await exitLatency()];
    while (inFlight > 0) exits.push(await exitLatency());
    const answered = await answers;

    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    console.log(
      `Quick exit: ${median(idle).toFixed(0)} ms when idle (median of 5); during ${posts.length} hostile posts ` +
        `(${(posts.reduce((sum, post) => sum + sizeOf(post.body), 0) / 1048576).toFixed(1)} MiB): ` +
        `${exits.length} exits, slowest ${Math.max(...exits.map((exit) => exit.ms)).toFixed(0)} ms, median ${median(exits.map((exit) => exit.ms)).toFixed(0)} ms`,
    );

    expect(answered.map(({ name, status }) => `${name}: ${status}`)).toEqual(
      answered.map(({ name, expected }) => `${name}: ${expected}`),
    );
    for (const { name, text } of answered) expect(leakedInternals(text), name).toBeUndefined();
    for (const exit of exits) expect([exit.status, exit.location]).toEqual([303, QUICK_EXIT_URL]);
    expect(server.output().slice(logFrom), "what the server logged about the hostile posts").toBe("");

    // A person searching without JavaScript (Origin: null from our own page) is not caught by any of it.
    const person = new NoJsBrowser(server.url);
    const search = await person.get("/search");
    const results = await person.submit(search, formWithField(search, "query"), { query: "safety plan" });
    expect(results.status).toBe(200);
    expect(results.html).toContain('id="results-heading"');
  });
});
