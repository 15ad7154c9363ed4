// PostgreSQL stops while someone is signed in. The plan page answers at once with a calm error page
// that gives nothing away, quick exit and the public pages still work, and once the database is
// back the plan page works again without restarting the app.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startPostgresCluster, type PostgresCluster } from "../db/support/postgres-cluster";
import type { AppServer } from "../support/app-server";
import { signUp, type Person } from "./support/accounts";
import { formWithField } from "./support/forms";
import { leakedInternals, visibleText } from "./support/page-checks";
import { noteOn, saveNote, sectionPath } from "./support/plan-section";
import { startReliabilityServer } from "./support/reliability-server";

const ERROR_HEADING = "Something went wrong on our side";
const SECTION = "trusted-people";
const NOTE = "Ask Robin Quill at 22 Larkspur Lane to keep the spare passport.";
// A person's plan page must answer quickly, never hang, while the database is away.
const ANSWER_WITHIN_MS = 15_000;

let cluster: PostgresCluster;
let server: AppServer;
let person: Person;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  server = await startReliabilityServer({ DATABASE_URL: cluster.urlFor("reliability") });
  person = await signUp(server.url, "harbour.walker");
  const page = await person.browser.get(sectionPath(SECTION));
  expect((await saveNote(person.browser, page, NOTE)).kind).toBe("saved");
});

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
});

/** A GET with the person's cookie that must answer in time. */
async function fetchAs(path: string): Promise<{ status: number; location: string | null; body: string }> {
  const response = await fetch(new URL(path, server.url), {
    redirect: "manual",
    headers: { cookie: person.browser.cookieHeader() },
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  return { status: response.status, location: response.headers.get("location"), body: await response.text() };
}

/** The database's address and name. */
function databaseDetails(): string[] {
  const url = new URL(cluster.urlFor("reliability"));
  return [url.host, `${url.username}@`, "postgres", "reliability"];
}

/** The person and their plan. */
const personalData = () => [person.username, person.passphrase, NOTE, "Robin", "Larkspur"];

describe("when the database goes away", () => {
  it("shows a clear error page, keeps quick exit working, and recovers by itself", async () => {
    const openBefore = await person.browser.get(sectionPath(SECTION));
    await cluster.pause();

    // Next cannot set a 5xx status on a page that draws itself, so the notice comes with 200.
    const expectNotice = (path: string, page: { status: number; body: string }, hidden: string[]) => {
      expect([200, 503], path).toContain(page.status);
      expect(visibleText(page.body), path).toContain(ERROR_HEADING);
      expect(leakedInternals(page.body), path).toBeUndefined();
      for (const secret of hidden) expect(page.body, `${path} mentions ${secret}`).not.toContain(secret);
    };
    for (const path of [sectionPath(SECTION), "/planner", "/planner/history", "/account", "/journal", "/sign-in"]) {
      expectNotice(path, await fetchAs(path), [...databaseDetails(), ...personalData()]);
    }
    // A save while the database is away says it did not go through. (Its answer may carry back
    // the form's own state, which the person's browser sent.)
    const save = await person.browser.submit(openBefore, formWithField(openBefore, "section"), {
      note: "Written while the database was away.",
    });
    expectNotice("a save", { status: save.status, body: save.html }, databaseDetails());

    // Reading and leaving need no database.
    for (const path of ["/", "/contacts", "/privacy", "/about", "/reading", "/links", "/note"]) {
      expect((await fetchAs(path)).status, path).toBe(200);
    }
    // A helper's link is told to try again later, never that the note has ended.
    const opened = await fetch(new URL("/note/open", server.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ linkId: "AAAAAAAAAAAAAAAAAAAAAA" }),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    expect([opened.status, await opened.text()]).toEqual([503, "{}"]);
    const exit = await fetchAs("/exit");
    expect(exit.status).toBe(303);
    expect(exit.location).toBe("https://neutral.example/");

    await cluster.resume();
    const started = Date.now();
    await vi.waitFor(
      async () => {
        const page = await person.browser.get(sectionPath(SECTION));
        expect(page.status).toBe(200);
        // The save made while the database was away did not land.
        expect(noteOn(page)).toBe(NOTE);
      },
      { timeout: 30_000, interval: 100 },
    );
    console.log(`The plan page worked again ${Date.now() - started} ms after the database came back`);

    const log = server.output();
    expect(leakedInternals(log)).toBeUndefined();
    for (const secret of [...databaseDetails(), ...personalData()]) expect(log).not.toContain(secret);
  });
});
