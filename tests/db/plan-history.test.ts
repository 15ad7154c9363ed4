import { describe, expect, it } from "vitest";
import { HISTORY_PAGE_SIZE, historyPage } from "@/lib/plan-store/plan-history";
import { listRevisions, savePlan } from "@/lib/plan-store/plan-store";
import { restoreRevision } from "@/lib/plan-store/restore-revision";
import { updatePlan } from "@/lib/plan-store/update-plan";
import { trustedPersonSchema, type PlanValue } from "@/lib/plan/plan-schema";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const addPerson = (name: string) => (plan: PlanValue) => ({
  ...plan,
  entries: {
    ...plan.entries,
    trustedPeople: [...plan.entries.trustedPeople, trustedPersonSchema.parse({ id: crypto.randomUUID(), name })],
  },
});

describe.each(dialects)("the history's pages on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("says in one line what each save changed, against the version before it", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    await updatePlan(owner, { change: (plan) => addPerson("Sam")(addPerson("Rowan")(plan)) }, db);
    await updatePlan(owner, { change: addPerson("Idris") }, db);
    const current = await savePlan(db, owner, addPerson("Lee")((await listRevisions(db, owner))[0]!.value.plan), 2);
    expect(current.ok).toBe(true);
    // Another tab's version, kept from a clash, never became the plan: the next save is not described against it.
    await savePlan(db, owner, addPerson("Other tab")((await listRevisions(db, owner))[0]!.value.plan), 2);
    await updatePlan(owner, { change: (plan) => ({ ...plan, reviewBy: "2027-03-01" }) }, db);

    const { entries, page, pageCount } = await historyPage(owner, 1, db);

    expect([page, pageCount]).toEqual([1, 1]);
    // A page past the end, or not a number, shows the nearest one.
    expect((await historyPage(owner, 99, db)).page).toBe(1);
    expect((await historyPage(owner, Number("x"), db)).page).toBe(1);
    expect(entries.map((entry) => [entry.reason, entry.change])).toEqual([
      ["save", "You set a date to review your plan: March 1, 2027."],
      ["conflict-copy", "You added a trusted person: “Other tab”."],
      ["save", "You added a trusted person: “Lee”."],
      ["save", "You added a trusted person: “Idris”."],
      ["save", "You added a trusted person: “Rowan”, and 1 more change."],
    ]);
  });

  it("opens only the snapshots of the page asked for, and the one before it", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const count = HISTORY_PAGE_SIZE + 5;
    for (let index = 1; index <= count; index += 1)
      await updatePlan(owner, { change: addPerson(`Person ${index}`) }, db);
    // The oldest snapshot can no longer be opened: a page that tried to would fail.
    const oldest = (await listRevisions(db, owner)).at(-1)!;
    await db.record.update({ where: { id: oldest.id }, data: { envelope: "damaged" } });

    const first = await historyPage(owner, 1, db);

    expect(first.pageCount).toBe(2);
    expect(first.entries).toHaveLength(HISTORY_PAGE_SIZE);
    expect(first.entries[0]!.change).toBe(`You added a trusted person: “Person ${count}”.`);
    expect(first.entries.at(-1)!.change).toBe("You added a trusted person: “Person 6”.");
    await expect(historyPage(owner, 2, db)).rejects.toThrow();
  });

  it("lists a restore just above the version it kept first", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    await updatePlan(owner, { change: addPerson("Sam") }, db);
    await updatePlan(owner, { change: addPerson("Alex") }, db);
    const { entries } = await historyPage(owner, 1, db);
    await restoreRevision(owner, entries[1]!.id, db);

    const after = await historyPage(owner, 1, db);

    expect(after.entries.map((entry) => [entry.reason, entry.change])).toEqual([
      ["restore", "You removed a trusted person: “Alex”."],
      ["before-restore", "No changes from the version before."],
      ["save", "You added a trusted person: “Alex”."],
      ["save", "You added a trusted person: “Sam”."],
    ]);
    expect(after.entries[0]!.restoredFrom).toBe(entries[1]!.savedAt);
  });
});
