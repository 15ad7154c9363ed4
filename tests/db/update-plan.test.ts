import { describe, expect, it } from "vitest";
import { updateChangePlan } from "@/lib/plan-store/change-plan-store";
import { listRevisions, loadPlan } from "@/lib/plan-store/plan-store";
import { updatePlan } from "@/lib/plan-store/update-plan";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const withNote = (note: string) => (plan: Parameters<Parameters<typeof updatePlan>[1]["change"]>[0]) => ({
  ...plan,
  entries: { ...plan.entries, notes: { ...plan.entries.notes, emergency: note } },
});

describe.each(dialects)("changing a plan through the one update on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("applies the change to what is saved, keeping everything else the person wrote", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    await updatePlan(owner, { expectedVersion: 0, change: withNote("call Sam") }, db);
    const result = await updatePlan(
      owner,
      { expectedVersion: 1, change: (plan) => ({ ...plan, reviewBy: "2027-01-15" }) },
      db,
    );

    expect(result.ok).toBe(true);
    const saved = await loadPlan(db, owner);
    expect(saved.value.entries.notes.emergency).toBe("call Sam");
    expect(saved.value.reviewBy).toBe("2027-01-15");
  });

  it("keeps the person's version as a copy when another tab saved first", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    await updatePlan(owner, { expectedVersion: 0, change: withNote("first tab") }, db);
    const stale = await updatePlan(owner, { expectedVersion: 0, change: withNote("second tab") }, db);

    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale.conflict.mine.entries.notes.emergency).toBe("second tab");
    expect((await loadPlan(db, owner)).value.entries.notes.emergency).toBe("first tab");
    expect((await listRevisions(db, owner)).map((revision) => revision.value.reason).sort()).toEqual([
      "conflict-copy",
      "save",
    ]);
  });

  it("makes no new version or copy when a form's only news is a problem", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    await updatePlan(owner, { expectedVersion: 0, change: withNote("as saved") }, db);
    const result = await updatePlan(
      owner,
      { expectedVersion: 1, change: (plan) => plan, onlyIfChanged: () => true },
      db,
    );

    expect(result.ok && result.plan.version).toBe(1);
    expect(await listRevisions(db, owner)).toHaveLength(1);
  });

  it("puts a copy brought back in place of whatever is saved now, with the plan as it was in the history", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    await updatePlan(owner, { expectedVersion: 0, change: withNote("before") }, db);
    const copy = withNote("from the copy")((await loadPlan(db, owner)).value);
    const result = await updatePlan(owner, { reason: "import", change: () => copy }, db);

    expect(result.ok).toBe(true);
    expect((await loadPlan(db, owner)).value.entries.notes.emergency).toBe("from the copy");
    expect((await listRevisions(db, owner)).map((revision) => revision.value.reason)).toEqual(["import", "save"]);
  });

  it("saves a change plan only when it changed, if asked, and refuses a stale one untouched", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const first = await updateChangePlan(
      owner,
      { expectedVersion: 0, change: (plan) => ({ ...plan, items: { values: ["Be kind"] } }) },
      db,
    );
    expect(first.result.ok && first.result.plan.version).toBe(1);
    const unchanged = await updateChangePlan(
      owner,
      { expectedVersion: 1, change: (plan) => plan, onlyIfChanged: () => true },
      db,
    );
    expect(unchanged.result.ok && unchanged.result.plan.version).toBe(1);
    const stale = await updateChangePlan(
      owner,
      { expectedVersion: 0, change: (plan) => ({ ...plan, items: { values: ["Other tab"] } }) },
      db,
    );
    expect(stale.result.ok).toBe(false);
    expect(!stale.result.ok && stale.result.saved.value.items.values).toEqual(["Be kind"]);
  });
});
