// fast-check fuzzing of every server action, route handler and dynamic route: random, oversized,
// malformed and wrong-typed input only ever gets a validation answer (never a 5xx or a stack
// trace), and input that is invalid by construction writes nothing.
import fs from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../support/app-server";
import { NoJsBrowser } from "../support/no-js-client";
import { signIn, signUp, type Person } from "./support/accounts";
import { changedTables, fingerprint, type Table } from "./support/database-fingerprint";
import { formBodies, formWithField } from "./support/forms";
import { actionFormOf, actionRequests, type FuzzRequest } from "./support/fuzz-requests";
import { report, sendAll, unhandledErrorsIn, type Problem } from "./support/fuzz-run";
import { actionTargets, fieldsFor, type ActionTarget } from "./support/fuzz-targets";
import { fieldValue, pathSegment, rawBytes } from "./support/fuzz-values";
import { saveNote, sectionPath } from "./support/plan-section";
import { startReliabilityServer } from "./support/reliability-server";

const RUNS = 500;
// Of an action's inputs, this many are made invalid for sure (and checked to write nothing); the
// rest are left as generated, so some get all the way to the work.
const INVALID_RUNS = 400;
const SEED = 20_261_122;
const QUICK_EXIT_URL = "https://neutral.example/";

let server: AppServer;
let person: Person;
let leaver: Person;
const started = Date.now();

beforeAll(async () => {
  server = await startReliabilityServer();
  person = await signUp(server.url, "fuzz.person", "10.99.0.1");
  // A second browser, so the sessions page offers "sign out this browser".
  await signIn(server.url, person, "10.99.0.2");
  leaver = await signUp(server.url, "fuzz.leaver", "10.99.0.3");
  // Something in the plan, so forms draw existing rows and notes.
  const questions = await person.browser.get("/planner/questions");
  await person.browser.submit(questions, formWithField(questions, "livingSituation"), {
    livingSituation: "planning-to-leave",
    workOrStudy: "work",
    pets: "yes",
  });
  const section = await person.browser.get(sectionPath("trusted-people"));
  await person.browser.submit(section, formWithField(section, "section"), {
    "trustedPeople.0.name": "Sam",
    "trustedPeople.0.reach": "Text first",
  });
  expect(
    (await saveNote(person.browser, await person.browser.get(sectionPath("emergency")), "Bag at Sam's")).kind,
  ).toBe("saved");
});

/** CPU seconds the server has used (Linux), to tell a slow machine from a slow test. */
function serverCpuSeconds(): string {
  const stat = `/proc/${server.process.pid}/stat`;
  if (!fs.existsSync(stat)) return "?";
  const fields = fs.readFileSync(stat, "utf8").split(") ")[1]?.split(" ") ?? [];
  return ((Number(fields[11]) + Number(fields[12])) / 100).toFixed(1);
}

afterAll(async () => {
  const cpu = server
    ? `; CPU: server ${serverCpuSeconds()} s, test ${(process.cpuUsage().user / 1e6).toFixed(1)} s`
    : "";
  await server?.stop();
  // To see what the server printed for a failure: FUZZ_SERVER_LOG=/tmp/fuzz-server.log npm run test:reliability
  if (process.env.FUZZ_SERVER_LOG && server) fs.writeFileSync(process.env.FUZZ_SERVER_LOG, server.output());
  console.log(`Fuzzing took ${((Date.now() - started) / 1000).toFixed(1)} s in all${cpu}`);
});

/** Sends a batch, checks that the tables not allowed to change did not, and that the log shows no unhandled error. */
async function runBatch(
  requests: FuzzRequest[],
  cookie: string,
  options: { mayChange?: Table[]; checkWrites: boolean; allowedLocations?: string[] },
) {
  const before = fingerprint(server.databaseUrl);
  const logFrom = server.output().length;
  const result = await sendAll(server, requests, cookie, options.allowedLocations);
  const changed = options.checkWrites ? changedTables(before, fingerprint(server.databaseUrl), options.mayChange) : [];
  const logged = unhandledErrorsIn(server.output().slice(logFrom));
  return { ...result, changed, logged };
}

function expectClean(name: string, batches: Awaited<ReturnType<typeof runBatch>>[], began: number) {
  const problems: Problem[] = batches.flatMap((batch) => batch.problems);
  const statuses: Record<number, number> = {};
  for (const batch of batches)
    for (const [status, count] of Object.entries(batch.statuses))
      statuses[Number(status)] = (statuses[Number(status)] ?? 0) + count;
  console.log(
    `${name}: ${Object.values(statuses).reduce((a, b) => a + b, 0)} inputs in ${((Date.now() - began) / 1000).toFixed(1)} s, statuses ${JSON.stringify(statuses)}`,
  );
  expect(problems.length, `${name}: ${problems.length} bad answers\n${report(problems)}`).toBe(0);
  expect(
    batches.flatMap((batch) => batch.changed),
    `${name} wrote to the database`,
  ).toEqual([]);
  expect(
    batches.flatMap((batch) => batch.logged),
    `${name}: unhandled errors in the server log`,
  ).toEqual([]);
}

function browserOf(target: ActionTarget): NoJsBrowser {
  if (target.who === "person") return person.browser;
  if (target.who === "leaver") return leaver.browser;
  return new NoJsBrowser(server.url, { "x-forwarded-for": "10.99.1.1" });
}

describe("fuzzing every server action", () => {
  it.each(actionTargets.map((target, index) => [target.name, target, index] as const))(
    "%s",
    async (name, target, index) => {
      const began = Date.now();
      const browser = browserOf(target);
      const page = await browser.get(target.path);
      const formIndex =
        target.formWith === "last" ? formBodies(page.html).length - 1 : formWithField(page, target.formWith);
      const form = actionFormOf(page, formIndex);
      const fields = fieldsFor(target, form);
      const cookie = browser.cookieHeader();
      // Sign-in attempts come from their own address, so counting them never slows the setup's.
      const headers = (requests: FuzzRequest[]) =>
        requests.map((request) => ({
          ...request,
          headers: { ...request.headers, "x-forwarded-for": `10.98.${index}.1` },
        }));

      const breaker = target.breaker;
      const batches = [];
      if (breaker) {
        const invalid = fc.sample(actionRequests(form, fields.map(breaker)), {
          numRuns: INVALID_RUNS,
          seed: SEED + index,
        });
        batches.push(await runBatch(headers(invalid), cookie, { mayChange: target.mayChange, checkWrites: true }));
        const any = fc.sample(actionRequests(form, fields), { numRuns: RUNS - INVALID_RUNS, seed: SEED + 100 + index });
        batches.push(await runBatch(headers(any), cookie, { mayChange: target.mayChange, checkWrites: false }));
      } else {
        // Nothing this action could be sent can write (beyond what mayChange allows): every input is checked.
        const all = fc.sample(actionRequests(form, fields), { numRuns: RUNS, seed: SEED + index });
        batches.push(await runBatch(headers(all), cookie, { mayChange: target.mayChange, checkWrites: true }));
      }
      expectClean(name, batches, began);
    },
  );
});

/**
 * A cookie header built from a real session cookie, changed so that it no longer names a session:
 * a character inside the token replaced, the token cut short, or junk.
 */
function brokenCookie(header: string): fc.Arbitrary<string> {
  const pair = header.split("; ").find((cookie) => cookie.startsWith("session=")) ?? "session=x";
  const value = pair.slice("session=".length);
  // The last character of each base64url part may carry only padding bits: never change that one.
  const middle = (at: number) => {
    const index = 8 + (at % Math.max(1, value.length - 16));
    return value[index + 1] === "." ? index - 1 : index;
  };
  return fc.oneof(
    fc.tuple(fc.nat(), fc.constantFrom(..."aZ09-_")).map(([at, char]) => {
      const index = middle(at);
      const replacement = value[index] === char ? (char === "a" ? "b" : "a") : char;
      return `session=${value.slice(0, index)}${replacement}${value.slice(index + 1)}`;
    }),
    fc
      .integer({ min: 4, max: Math.max(4, value.length) })
      .map((cut) => `session=${value.slice(0, value.length - cut)}`),
    fc
      .string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-_.~"), maxLength: 300 })
      .map((junk) => `session=${junk}`),
    fc.constantFrom("", "session", "session=", "=", ";;;", "session=a; session=b", `other=${value}`),
  );
}

/** Header values a client could send: any visible ASCII (fetch refuses the rest). */
const headerValue = fieldValue.map((value) => value.replace(/[^\x20-\x7e]/g, "?").slice(0, 2000));

function routeRequests(method: "GET" | "POST", path: string, cookie: string): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      query: fc.option(fc.array(fc.tuple(fieldValue, fieldValue), { maxLength: 4 }), { nil: undefined }),
      cookie: brokenCookie(cookie),
      extra: fc.dictionary(
        fc.constantFrom(
          "rsc",
          "next-router-state-tree",
          "next-action",
          "x-forwarded-for",
          "x-forwarded-host",
          "content-type",
          "accept",
          "origin",
          "sec-fetch-site",
          "range",
          "next-router-prefetch",
        ),
        headerValue,
        { maxKeys: 4 },
      ),
      body: fc.oneof(fc.constant(undefined), fieldValue, rawBytes),
    })
    .map(({ query, cookie: brokenValue, extra, body }) => {
      const search = query
        ? `?${new URLSearchParams(query.map(([key, value]) => [key.replace(/[\uD800-\uDFFF]/g, "?"), value.replace(/[\uD800-\uDFFF]/g, "?")])).toString()}`
        : "";
      return {
        method,
        path: `${path}${search}`,
        headers: { ...extra, cookie: brokenValue },
        body: method === "POST" ? body : undefined,
        label: `${method} ${path}${search.slice(0, 100)} cookie=${brokenValue.slice(0, 60)} headers=${JSON.stringify(extra).slice(0, 200)}`,
      };
    });
}

describe("fuzzing the route handlers", () => {
  const routes = [
    ["GET", "/exit"],
    ["POST", "/exit"],
    ["GET", "/sign-out"],
    ["POST", "/sign-out"],
    ["POST", "/note/open"],
  ] as const;
  it.each(routes.map(([method, path], index) => [`${method} ${path}`, method, path, index] as const))(
    "%s",
    async (name, method, path, index) => {
      const began = Date.now();
      // Cookies close to a real one, for a person who stays signed in: a broken cookie ends nothing.
      const requests = fc.sample(routeRequests(method, path, person.browser.cookieHeader()), {
        numRuns: RUNS,
        seed: SEED + 200 + index,
      });
      const batch = await runBatch(requests, "", { checkWrites: true, allowedLocations: [QUICK_EXIT_URL] });
      expectClean(name, [batch], began);
    },
  );
});

describe("fuzzing the dynamic routes", () => {
  const routes = ["/guide/", "/topics/", "/links/", "/planner/section/", "/planner/history/", "/journal/history/"];
  it.each(routes.map((route, index) => [route, index] as const))("%s<anything>", async (route, index) => {
    const began = Date.now();
    const segments = fc.sample(fc.tuple(pathSegment, fc.option(pathSegment, { nil: undefined, freq: 8 })), {
      numRuns: RUNS,
      seed: SEED + 300 + index,
    });
    const requests: FuzzRequest[] = segments.map(([segment, more]) => ({
      method: "GET",
      path: `${route}${segment}${more ? `/${more}` : ""}`,
      headers: {},
      label: `GET ${route}${segment.slice(0, 80)}${more ? `/${more.slice(0, 40)}` : ""} (${segment.length} characters)`,
    }));
    expectClean(route, [await runBatch(requests, person.browser.cookieHeader(), { checkWrites: true })], began);
  });
});
