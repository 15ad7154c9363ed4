import { describe, expect, it } from "vitest";
import { loadPlan, listRevisions, savePlan } from "@/lib/plan-store/plan-store";
import { emptyPlan, type PlanValue } from "@/lib/plan/plan-schema";
import { listRecords } from "@/lib/records/record-store";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

function planWithNote(note: string): PlanValue {
  const plan = emptyPlan();
  plan.entries.notes.emergency = note;
  return plan;
}

describe.each(dialects)("saving a plan on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("lets one of two first saves land and keeps the other as a copy, never making two plans", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const results = await Promise.all(
      ["first tab", "second tab"].map((note) => savePlan(db, owner, planWithNote(note), 0)),
    );

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const lost = results.find((result) => !result.ok);
    expect(lost && !lost.ok && lost.conflict.mine.entries.notes.emergency).toBeTruthy();
    expect(await listRecords(db, owner, "plan")).toHaveLength(1);
    const revisions = await listRevisions(db, owner);
    expect(revisions.map((revision) => revision.value.reason).sort()).toEqual(["conflict-copy", "save"]);
    const saved = await loadPlan(db, owner);
    expect(saved.version).toBe(1);
  });

  it("keeps a snapshot for every version it saves", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    let version = 0;
    for (const note of ["one", "two", "three"]) {
      const result = await savePlan(db, owner, planWithNote(note), version);
      if (!result.ok) throw new Error("unexpected conflict");
      version = result.plan.version;
    }
    const revisions = await listRevisions(db, owner);
    expect(revisions.map((revision) => revision.value.plan.entries.notes.emergency)).toEqual(["three", "two", "one"]);
    expect((await loadPlan(db, owner)).version).toBe(3);
  });

  it("lets saves made by themselves a minute or two apart share one copy, as the history page says", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const start = Date.parse("2026-12-01T10:00:00Z");
    const steps: [string, number, boolean][] = [
      ["typed", 0, true],
      ["typed more", 60_000, true],
      ["three minutes on", 240_000, true],
      ["pressed Save", 250_000, false],
    ];
    let version = 0;
    for (const [note, after, autosave] of steps) {
      const result = await savePlan(db, owner, planWithNote(note), version, "save", {
        autosave,
        now: new Date(start + after),
      });
      if (!result.ok) throw new Error("unexpected conflict");
      version = result.plan.version;
    }
    const revisions = await listRevisions(db, owner);
    expect(revisions.map((revision) => revision.value.plan.entries.notes.emergency)).toEqual([
      "pressed Save",
      "three minutes on",
      "typed more",
    ]);
  });
});
