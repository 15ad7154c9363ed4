import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listRevisions, loadPlan } from "@/lib/plan-store/plan-store";
import { restoreRevision } from "@/lib/plan-store/restore-revision";
import { updatePlan } from "@/lib/plan-store/update-plan";
import type { PlanValue } from "@/lib/plan/plan-schema";
import type { RecordOwner } from "@/lib/records/record-store";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const withNote = (note: string) => (plan: PlanValue) => ({
  ...plan,
  entries: { ...plan.entries, notes: { ...plan.entries.notes, emergency: note } },
});

describe.each(dialects)("bringing back an earlier version on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  async function saveNotes(owner: RecordOwner, notes: string[]) {
    const { db } = database();
    for (const note of notes) await updatePlan(owner, { change: withNote(note) }, db);
    return listRevisions(db, owner);
  }

  it("keeps the current version first, then makes the old one the plan; the kept one can be brought back too", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const [, first] = await saveNotes(owner, ["first words", "second words"]);

    const restored = await restoreRevision(owner, first!.id, db);

    expect(restored).toEqual({ ok: true, restoredFrom: first!.value.savedAt });
    expect((await loadPlan(db, owner)).value.entries.notes.emergency).toBe("first words");
    const history = await listRevisions(db, owner);
    expect(history.map((revision) => [revision.value.reason, revision.value.plan.entries.notes.emergency])).toEqual([
      ["restore", "first words"],
      ["before-restore", "second words"],
      ["save", "second words"],
      ["save", "first words"],
    ]);
    expect(history[0]!.value.restoredFrom).toBe(first!.value.savedAt);

    // Undoing the restore is a restore of the version kept just before it.
    await restoreRevision(owner, history[1]!.id, db);
    expect((await loadPlan(db, owner)).value.entries.notes.emergency).toBe("second words");
    expect(await listRevisions(db, owner)).toHaveLength(6);
  });

  it("keeps every deliberate save as a version to go back to: an autosave right after it gets a copy of its own", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    await updatePlan(owner, { change: withNote("answers saved") }, db);
    await updatePlan(owner, { autosave: true, change: withNote("typed") }, db);
    await updatePlan(owner, { autosave: true, change: withNote("typed more") }, db);
    await updatePlan(owner, { change: withNote("pressed Save") }, db);
    await updatePlan(owner, { autosave: true, change: withNote("typed after") }, db);

    const notes = (await listRevisions(db, owner)).map((revision) => revision.value.plan.entries.notes.emergency);
    expect(notes).toEqual(["typed after", "pressed Save", "typed more", "answers saved"]);
  });

  it("refuses another account's revision id exactly as it refuses a missing one, and changes nothing", async () => {
    const { db } = database();
    const owner = await signUp(db, "Rowan");
    const stranger = await signUp(db, "Ash");
    const [ownersRevision] = await saveNotes(owner.owner, ["only mine"]);
    await saveNotes(stranger.owner, ["the stranger's own"]);
    const strangerBefore = await loadPlan(db, stranger.owner);

    const taken = await restoreRevision(stranger.owner, ownersRevision!.id, db);
    const madeUp = await restoreRevision(stranger.owner, randomUUID(), db);

    expect(taken).toEqual({ ok: false, problem: "not-found" });
    expect(madeUp).toEqual(taken);
    expect(await loadPlan(db, stranger.owner)).toEqual(strangerBefore);
    expect(await listRevisions(db, stranger.owner)).toHaveLength(1);
    expect((await loadPlan(db, owner.owner)).value.entries.notes.emergency).toBe("only mine");
    expect(await listRevisions(db, owner.owner)).toHaveLength(1);
  });
});
