import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveSession, startSession } from "@/lib/auth/sessions";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import { updatePlan } from "@/lib/plan-store/update-plan";
import { listRevisions } from "@/lib/plan-store/plan-store";
import type { PlanValue } from "@/lib/plan/plan-schema";
import { countingClient, type StatementLog } from "./support/counting-client";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const noted = (note: string) => (plan: PlanValue) => ({
  ...plan,
  entries: { ...plan.entries, notes: { ...plan.entries.notes, emotional: note } },
});

/** What a statement does and to which table, sorted so the two dialects' orders compare alike. */
const shapeOf = (sql: string) => {
  const [verb] = sql.split(" ");
  const table = /(?:FROM|INTO|UPDATE)\s+\S*?[`"](Session|Record|User)[`"]/.exec(sql)?.[1];
  return table ? `${verb} ${table}` : verb!;
};

describe.each(dialects)("what one plan save costs on %s", (dialect) => {
  const database = useTestDatabase(dialect);
  let counted: { db: DatabaseClient; log: StatementLog } | undefined;
  beforeEach(() => {
    counted = countingClient(database().target);
  });
  afterEach(async () => {
    await counted?.db.$disconnect();
  });

  /** A request as the server handles it: the session from the cookie, then the save, on a fresh log. */
  async function savedFromCookie(session: { sessionId: string; sessionKey: string }, autosave: boolean, note: string) {
    const { db, log } = counted!;
    log.clear();
    const owner = await resolveSession(db, session.sessionId, session.sessionKey);
    const result = await updatePlan(owner!, { change: noted(note), autosave }, db);
    expect(result.ok).toBe(true);
    return [...log.statements].map(shapeOf).sort();
  }

  async function signedIn() {
    const { db } = database();
    const account = await signUp(db);
    const session = await startSession(db, account.userId, account.owner.dataKey, null);
    return { account, session };
  }

  it("an autosave reads the session once and the plan once, and never opens the history", async () => {
    const { session, account } = await signedIn();
    await savedFromCookie(session, true, "first");
    for (let i = 0; i < 20; i++) await savedFromCookie(session, true, `typing ${i}`);

    const statements = await savedFromCookie(session, true, "still typing");

    // The session and the plan are read once each; no snapshot is read, and only one is written.
    expect(statements).toEqual([
      "BEGIN",
      "COMMIT",
      "SELECT Record",
      "SELECT Session",
      "UPDATE Record",
      "UPDATE Record",
    ]);
    // Autosaves this close together share one snapshot, which holds the last words typed.
    const revisions = await listRevisions(database().db, account.owner);
    expect(revisions.map((revision) => revision.value.plan.entries.notes.emotional)).toEqual(["still typing"]);
  });

  it("a save reads the session once and the plan once, and keeps its own version", async () => {
    const { session, account } = await signedIn();
    await savedFromCookie(session, false, "first");
    for (let i = 0; i < 5; i++) await savedFromCookie(session, false, `save ${i}`);

    const statements = await savedFromCookie(session, false, "last");

    expect(statements).toEqual([
      "BEGIN",
      "COMMIT",
      "INSERT Record",
      "SELECT Record",
      "SELECT Session",
      "UPDATE Record",
    ]);
    const revisions = await listRevisions(database().db, account.owner);
    expect(revisions).toHaveLength(7);
  });
});
