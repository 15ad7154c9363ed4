// 200 plan saves at once from 20 people: each lands or says another save came first, and the plan
// ends as the last save the app acknowledged. Nothing fails with a server error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../support/app-server";
import { signUpMany, type Person } from "./support/accounts";
import { leakedInternals } from "./support/page-checks";
import { formWithField } from "./support/forms";
import { noteOn, outcomeOf, sectionPath, versionOn, type SaveOutcome } from "./support/plan-section";
import { startReliabilityServer } from "./support/reliability-server";

const PEOPLE = 20;
const SAVES_EACH = 10;
// After a conflict the page offers to keep your version by pressing Save again; each save does, once.
const SAVE_AGAIN = 1;
// Half the people save their trusted people, half a section that holds only notes.
const sectionOf = (person: number) => (person % 2 === 0 ? "trusted-people" : "emergency");

/** One request: the note it carried, the version its form showed, and what the answer said. */
type Attempt = { person: number; note: string; readVersion: number; outcome: SaveOutcome };

let server: AppServer;
let people: Person[];

beforeAll(async () => {
  server = await startReliabilityServer();
  people = await signUpMany(server.url, "saver", PEOPLE);
});

afterAll(async () => {
  await server?.stop();
});

describe("200 saves at once from 20 people", () => {
  it("each save lands or reports a conflict, and each plan ends as its last acknowledged save", async () => {
    const startVersions = await Promise.all(
      people.map(async (person, n) => versionOn(await person.browser.get(sectionPath(sectionOf(n))))),
    );

    const started = Date.now();
    // Every save opens the page and saves a note nobody else writes, with the version the page shows:
    // 200 requests in flight at once. After a conflict it presses Save again on the page it got back.
    const attempts: Attempt[] = (
      await Promise.all(
        people.flatMap((person, n) =>
          Array.from({ length: SAVES_EACH }, async (_, k) => {
            const note = `Note ${k} from person ${n}: meet at the corner shop at ${k + 1} o'clock.`;
            const tries: Attempt[] = [];
            let page = await person.browser.get(sectionPath(sectionOf(n)));
            for (let round = 0; round <= SAVE_AGAIN; round++) {
              const readVersion = versionOn(page);
              page = await person.browser.submit(page, formWithField(page, "section"), { note });
              const outcome = outcomeOf(page);
              tries.push({ person: n, note, readVersion, outcome });
              if (outcome.kind !== "conflict") break;
            }
            return tries;
          }),
        ),
      )
    ).flat();
    const elapsed = Date.now() - started;

    const others = attempts.filter((attempt) => attempt.outcome.kind === "other");
    expect(others.map((attempt) => attempt.outcome)).toEqual([]);
    const acknowledged = attempts.filter((attempt) => attempt.outcome.kind === "saved");
    const conflicts = attempts.filter((attempt) => attempt.outcome.kind === "conflict");
    console.log(
      `${attempts.length} save requests (${PEOPLE * SAVES_EACH} at once, then Save again after a conflict) in ${elapsed} ms: ${acknowledged.length} acknowledged, ${conflicts.length} conflicts, ${others.length} other`,
    );

    for (const [n, person] of people.entries()) {
      const mine = acknowledged.filter((attempt) => attempt.person === n);
      const versions = mine.map((attempt) => (attempt.outcome as { version: number }).version).sort((a, b) => a - b);
      const start = startVersions[n] as number;
      // Someone always wins, and every acknowledged save made exactly one new version.
      expect(mine.length, `acknowledged saves of person ${n}`).toBeGreaterThan(0);
      expect(versions, `versions acknowledged to person ${n}`).toEqual(versions.map((_, i) => start + i + 1));
      for (const attempt of mine)
        expect((attempt.outcome as { version: number }).version).toBe(attempt.readVersion + 1);

      const last = mine.find((attempt) => (attempt.outcome as { version: number }).version === versions.at(-1));
      const page = await person.browser.get(sectionPath(sectionOf(n)));
      expect(versionOn(page), `final version of person ${n}`).toBe(start + mine.length);
      expect(noteOn(page), `final note of person ${n}`).toBe(last?.note);
    }

    expect(leakedInternals(server.output())).toBeUndefined();
  });
});
