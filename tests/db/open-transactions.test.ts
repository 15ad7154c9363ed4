// Two people at once: one person's save is open in a transaction (and then fails and rolls back)
// while someone else leaves by quick exit and a third saves. Nothing the others did may be undone
// with it, and nobody may see what the failed save had written.
import { describe, expect, it } from "vitest";
import { endSession, startSession } from "@/lib/auth/sessions";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import { listRecords, putRecord } from "@/lib/records/record-store";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

// On SQLite the others wait for the open transaction, which here ends by timing out.
const TRANSACTION_TIMEOUT_MS = 2000;

describe.each(dialects)("while another request's transaction is open on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("a quick exit and another person's save land, and survive that transaction rolling back", async () => {
    const { db } = database();
    const saver = await signUp(db, "Saver");
    const leaver = await signUp(db, "Leaver");
    const other = await signUp(db, "Other");
    const session = await startSession(db, leaver.userId, leaver.owner.dataKey, null);
    const [profile] = await listRecords(db, other.owner, "profile");
    if (!profile) throw new Error("The new account has no profile.");

    let others: Promise<[boolean, { version: number }, number]> | undefined;
    const failedSave = db.$transaction(
      async (transaction) => {
        const tx = transaction as unknown as DatabaseClient;
        await putRecord(tx, saver.owner, "profile", { username: "written by the save that fails" });
        others = Promise.all([
          endSession(db, session.sessionId),
          putRecord(
            db,
            other.owner,
            "profile",
            { username: "renamed by the other person" },
            { id: profile.id, expectedVersion: profile.version },
          ),
          db.record.count({ where: { userId: saver.userId } }),
        ]);
        await others;
        throw new Error("This save fails and rolls back.");
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
    );

    await expect(failedSave).rejects.toThrow();
    const [ended, renamed, saverRecordsSeen] = await (others as NonNullable<typeof others>);
    expect(ended).toBe(true);
    expect(await db.session.count({ where: { userId: leaver.userId } })).toBe(0);
    expect(renamed.version).toBe(profile.version + 1);
    expect((await listRecords(db, other.owner, "profile")).map((record) => record.value.username)).toEqual([
      "renamed by the other person",
    ]);
    // Only the saver's profile from sign-up: the failed save's write was never visible, and is gone.
    expect(saverRecordsSeen).toBe(1);
    expect(await db.record.count({ where: { userId: saver.userId } })).toBe(1);
  });
});
