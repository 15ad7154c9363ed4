// The change plan keeps every save, as the safety plan does: a history to open, a copy of the
// person's own version when another tab saved first, and autosaves close together sharing one.
import { describe, expect, it } from "vitest";
import {
  listChangePlanRevisions,
  loadChangePlan,
  saveChangePlan,
  updateChangePlan,
} from "@/lib/plan-store/change-plan-store";
import type { ChangePlanValue } from "@/lib/plan/plan-schema";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const withValues = (...values: string[]): ChangePlanValue => ({ items: { values }, done: {} });
const valuesOf = (revisions: Awaited<ReturnType<typeof listChangePlanRevisions>>) =>
  revisions.map((revision) => revision.value.plan.items.values?.join(", "));

describe.each(dialects)("saving a change plan on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("keeps a snapshot of every version it saves, newest first", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    let version = 0;
    for (const value of ["Patient", "Patient, Honest", "Honest"]) {
      const result = await saveChangePlan(db, owner, withValues(...value.split(", ")), version);
      if (!result.ok) throw new Error("unexpected clash");
      version = result.plan.version;
    }
    expect(valuesOf(await listChangePlanRevisions(db, owner))).toEqual(["Honest", "Patient, Honest", "Patient"]);
  });

  it("after another tab saved, leaves what it saved and keeps this version as a copy", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    await saveChangePlan(db, owner, withValues("From the other tab"), 0);
    const stale = await saveChangePlan(db, owner, withValues("From this tab"), 0);
    expect(stale.ok).toBe(false);
    expect((await loadChangePlan(db, owner)).value.items.values).toEqual(["From the other tab"]);
    const revisions = await listChangePlanRevisions(db, owner);
    expect(revisions.map((revision) => revision.value.reason).sort()).toEqual(["conflict-copy", "save"]);
    expect(valuesOf(revisions)).toContain("From this tab");
  });

  it("lets autosaves a minute apart share one copy, and keeps every ordinary save as its own", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
    await saveChangePlan(db, owner, withValues("One"), 0, { now: at(0) });
    await saveChangePlan(db, owner, withValues("One", "Two"), 1, { autosave: true, now: at(1) });
    await saveChangePlan(db, owner, withValues("One", "Two", "Three"), 2, { autosave: true, now: at(2) });
    await saveChangePlan(db, owner, withValues("Four"), 3, { now: at(3) });
    expect(valuesOf(await listChangePlanRevisions(db, owner))).toEqual(["Four", "One, Two, Three", "One"]);
  });

  it("saves answers alongside the lines, and a copy brought back replaces the plan, keeping the old in the history", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    await saveChangePlan(db, owner, withValues("Patient"), 0);
    await updateChangePlan(owner, { change: (plan) => ({ ...plan, answers: { courtOrder: "yes" } }) }, db);
    expect((await loadChangePlan(db, owner)).value).toEqual({
      ...withValues("Patient"),
      answers: { courtOrder: "yes" },
    });
    await updateChangePlan(owner, { reason: "import", change: () => withValues("From the copy") }, db);
    const revisions = await listChangePlanRevisions(db, owner);
    expect(revisions[0]?.value.reason).toBe("import");
    expect(valuesOf(revisions)).toEqual(["From the copy", "Patient", "Patient"]);
  });
});
