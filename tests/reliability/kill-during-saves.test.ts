// The server is killed (SIGKILL: no shutdown, no flush) while people are saving. After a restart
// the database is intact, every save the app acknowledged is there, and a save that was in flight
// either landed whole (with its copy in the history) or not at all.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseTarget } from "../../lib/db/database-url";
import type { AppServer } from "../support/app-server";
import { NoJsBrowser } from "../support/no-js-client";
import { signUpMany, type Person } from "./support/accounts";
import { leakedInternals } from "./support/page-checks";
import { noteOn, saveNote, sectionPath, versionOn } from "./support/plan-section";
import { startReliabilityServer } from "./support/reliability-server";

const PEOPLE = 4;
const ROUNDS = 2;
// Acknowledged saves (over everyone) before each kill.
const SAVES_BEFORE_KILL = 24;
const SECTION = "trusted-people";

type Log = { acknowledged: { note: string; version: number }[]; inFlight?: string; unexpected?: unknown };

let server: AppServer;
let people: Person[];
const outputs: string[] = [];

beforeAll(async () => {
  server = await startReliabilityServer();
  people = await signUpMany(server.url, "keeper", PEOPLE);
});

afterAll(async () => {
  await server?.stop();
});

/** Each person saves again and again, one save at a time, waiting for each acknowledgement. */
function keepSaving(round: number, logs: Log[], posting: { count: number }) {
  return people.map(async (person, n) => {
    const log = logs[n] as Log;
    for (let k = 0; ; k++) {
      const note = `Round ${round}, save ${k} of person ${n}: the spare key is with the neighbour.`;
      try {
        const page = await person.browser.get(sectionPath(SECTION));
        log.inFlight = note;
        posting.count++;
        const outcome = await saveNote(person.browser, page, note).finally(() => posting.count--);
        if (outcome.kind !== "saved") return void (log.unexpected = outcome);
        log.acknowledged.push({ note, version: outcome.version });
        log.inFlight = undefined;
      } catch {
        // The server is gone: whatever was posted last is in flight, with no answer.
        return;
      }
    }
  });
}

function integrityOf(databaseUrl: string): { integrity: unknown; foreignKeys: unknown[] } {
  const target = databaseTarget(databaseUrl);
  if (target.dialect !== "sqlite") throw new Error("This test runs on SQLite.");
  const db = new Database(target.filePath, { readonly: true, fileMustExist: true });
  try {
    return {
      integrity: db.pragma("integrity_check", { simple: true }),
      foreignKeys: db.pragma("foreign_key_check") as unknown[],
    };
  } finally {
    db.close();
  }
}

describe("killing the server in the middle of saves", () => {
  it("keeps the database intact and every acknowledged save", async () => {
    const history: Log[] = people.map(() => ({ acknowledged: [] }));
    let landedInFlight = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const logs: Log[] = people.map(() => ({ acknowledged: [] }));
      const posting = { count: 0 };
      const saving = keepSaving(round, logs, posting);
      const acknowledged = () => logs.reduce((sum, log) => sum + log.acknowledged.length, 0);
      await vi.waitFor(() => expect(acknowledged()).toBeGreaterThanOrEqual(SAVES_BEFORE_KILL), {
        timeout: 60_000,
        interval: 10,
      });
      // Kill it while at least two saves are on their way.
      await vi.waitFor(() => expect(posting.count).toBeGreaterThanOrEqual(2), { timeout: 10_000, interval: 1 });
      await server.stop("SIGKILL");
      await Promise.all(saving);
      outputs.push(server.output());
      const inFlight = logs.filter((log) => log.inFlight).length;
      console.log(`Round ${round}: killed after ${acknowledged()} acknowledged saves, with ${inFlight} in flight`);
      expect(logs.map((log) => log.unexpected).filter(Boolean)).toEqual([]);

      // The file as the kill left it, opened read-only before anything else touches it.
      expect(integrityOf(server.databaseUrl)).toEqual({ integrity: "ok", foreignKeys: [] });

      server = await startReliabilityServer({ DATABASE_URL: server.databaseUrl });
      for (const [n, person] of people.entries()) {
        // The same person, same cookie: sessions live in the database and survive the restart.
        const browser = new NoJsBrowser(server.url);
        browser.setCookies(person.browser.cookieHeader());
        person.browser = browser;

        const log = logs[n] as Log;
        const before = history[n] as Log;
        const last = log.acknowledged.at(-1) ?? before.acknowledged.at(-1);
        expect(last, `person ${n} had a save acknowledged`).toBeDefined();
        const page = await browser.get(sectionPath(SECTION));
        const landed = log.inFlight !== undefined && noteOn(page) === log.inFlight;
        if (landed) landedInFlight++;
        expect(noteOn(page), `person ${n}'s note`).toBe(landed ? log.inFlight : last?.note);
        expect(versionOn(page), `person ${n}'s version`).toBe((last?.version ?? 0) + (landed ? 1 : 0));
        // Every version has its copy in the history: a save is whole, plan and copy together.
        const revisions = (await browser.get("/planner/history")).html.match(/>Saved<\/a>/g)?.length ?? 0;
        expect(revisions, `person ${n}'s saved copies`).toBe(versionOn(page));
        before.acknowledged.push(
          ...log.acknowledged,
          ...(landed && log.inFlight ? [{ note: log.inFlight, version: versionOn(page) }] : []),
        );
      }
    }
    console.log(`Of the saves in flight at a kill, ${landedInFlight} landed whole and the others not at all`);
    outputs.push(server.output());
    for (const output of outputs) expect(leakedInternals(output)).toBeUndefined();
  });
});
