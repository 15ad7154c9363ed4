import { describe, expect, it } from "vitest";
import { listRevisions, savePlan } from "@/lib/plan-store/plan-store";
import { listChangePlanRevisions, saveChangePlan } from "@/lib/plan-store/change-plan-store";
import { changePlanValueSchema, planValueSchema, type PlanValue } from "@/lib/plan/plan-schema";
import { countingClient } from "./support/counting-client";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

const DAY = 86_400_000;
// A Thursday, at noon UTC.
const today = new Date("2026-12-03T12:00:00.000Z");
const daysAgo = (days: number) => new Date(today.getTime() - days * DAY);
const emptyPlan = planValueSchema.parse({});
const noted = (plan: PlanValue, note: string): PlanValue => ({
  ...plan,
  entries: { ...plan.entries, notes: { ...plan.entries.notes, emotional: note } },
});

describe.each(dialects)("earlier versions kept on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  /** Saves once on each of these days (days before today), oldest first, as the person would have. */
  async function savedOn(days: number[]) {
    const { db } = database();
    const { owner } = await signUp(db);
    let version = 0;
    for (const day of days) {
      const now = daysAgo(day);
      const result = await savePlan(db, owner, noted(emptyPlan, `${day} days ago`), version, "save", { now });
      if (!result.ok) throw new Error("A save in the test clashed.");
      version = result.plan.version;
    }
    return { db, owner, version };
  }

  it("keeps every version of the last 30 days and the last of each earlier week", async () => {
    // Thursday 3 December: 45 days ago is Monday 19 October; 44 and 40 are in the same week, 38 and 36 in the next.
    const { db, owner, version } = await savedOn([45, 44, 40, 38, 36, 29, 10, 1]);

    const saved = await savePlan(db, owner, noted(emptyPlan, "today"), version, "save", { now: today });

    expect(saved.ok).toBe(true);
    const notes = (await listRevisions(db, owner)).map((revision) => revision.value.plan.entries.notes.emotional);
    expect(notes).toEqual(["today", "1 days ago", "10 days ago", "29 days ago", "36 days ago", "40 days ago"]);
  });

  it("reads only the times of older snapshots, and only once a day", async () => {
    const { owner, version } = await savedOn([45, 44, 40]);
    const { db, log } = countingClient(database().target);
    try {
      await savePlan(db, owner, noted(emptyPlan, "today"), version, "save", { now: today });
      const timesRead = log.statements.filter((sql) => /^SELECT/.test(sql) && !/envelope/.test(sql));
      expect(timesRead).toHaveLength(1);
      expect(log.statements.filter((sql) => /^DELETE/.test(sql))).toHaveLength(1);
      log.clear();
      await savePlan(db, owner, noted(emptyPlan, "later today"), version + 1, "save", {
        now: new Date(today.getTime() + 60_000),
      });
      expect(log.statements.filter((sql) => /^(DELETE|SELECT)/.test(sql) && !/envelope/.test(sql))).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });

  it("keeps the change plan's versions by the same rule", async () => {
    const { db } = database();
    const { owner } = await signUp(db);
    const lines = (line: string) => ({ ...changePlanValueSchema.parse({}), items: { values: [line] } });
    // Tuesday 20 and Saturday 24 October, then today.
    const days = [44, 40, 0];
    for (const [version, day] of days.entries()) {
      await saveChangePlan(db, owner, lines(`${day} days ago`), version, { now: daysAgo(day) });
    }

    const kept = await listChangePlanRevisions(db, owner);

    expect(kept.map((revision) => revision.value.plan.items.values)).toEqual([["0 days ago"], ["40 days ago"]]);
  });
});
