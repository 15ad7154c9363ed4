import { planValueSchema } from "@/lib/plan/plan-schema";
// Which plan a person makes says something about them (that they used violence, or were hurt): it
// is kept only encrypted under their own key, and a copy of the database cannot tell who chose what.
import { describe, expect, it } from "vitest";
import { putRecord } from "@/lib/records/record-store";
import { loadPlanKind, savePlanKind } from "@/lib/settings/plan-kind-store";
import { rawDatabaseBytes } from "./support/raw-database";
import { readableIn } from "./support/readable-forms";
import { signUp } from "./support/test-accounts";
import { dialects, useTestDatabase } from "./support/test-databases";

describe.each(dialects)("the plan a person chose, on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("is stored only encrypted: the database copy holds neither the choice nor the kind of record", async () => {
    const { db, target } = database();
    const [changing, safety] = [await signUp(db), await signUp(db)];
    await savePlanKind(db, changing.owner, "change");
    await savePlanKind(db, safety.owner, "safety");
    expect(await loadPlanKind(db, changing.owner)).toBe("change");
    expect(await loadPlanKind(db, safety.owner)).toBe("safety");

    const bytes = await rawDatabaseBytes(target);
    expect(readableIn(bytes, changing.userId), "positive control").toContain("utf8");
    expect([
      ...readableIn(bytes, '"kind":"change"'),
      ...readableIn(bytes, '"kind":"safety"'),
      ...readableIn(bytes, "plan-kind"),
      ...readableIn(bytes, "A plan to change how I act"),
    ]).toEqual([]);

    // Each person's record is tagged under their own key: the two tags give nothing away.
    const rows = await db.record.findMany({ where: { userId: { in: [changing.userId, safety.userId] } } });
    const tags = new Set(rows.map((row) => row.kindTag));
    expect(tags.size).toBe(rows.length);
  });

  it("opens for no one else, and is changed in place rather than kept twice", async () => {
    const { db } = database();
    const [owner, other] = [await signUp(db), await signUp(db)];
    await savePlanKind(db, owner.owner, "change");
    expect(await loadPlanKind(db, { userId: owner.userId, dataKey: other.owner.dataKey })).toBe("safety");
    await savePlanKind(db, owner.owner, "safety");
    await savePlanKind(db, owner.owner, "change");
    expect(await loadPlanKind(db, owner.owner)).toBe("change");
    expect(await db.record.count({ where: { userId: owner.userId } })).toBe(2);
  });

  it("for an account made before the question, is the change plan only if that is its only plan", async () => {
    const { db } = database();
    const [onlyChange, both] = [await signUp(db), await signUp(db)];
    expect(await loadPlanKind(db, onlyChange.owner)).toBe("safety");
    await putRecord(db, onlyChange.owner, "change-plan", { items: { values: ["Patient"] }, done: {} });
    expect(await loadPlanKind(db, onlyChange.owner)).toBe("change");
    await putRecord(db, both.owner, "change-plan", { items: {}, done: {} });
    await putRecord(db, both.owner, "plan", planValueSchema.parse({}));
    expect(await loadPlanKind(db, both.owner)).toBe("safety");
  });
});
