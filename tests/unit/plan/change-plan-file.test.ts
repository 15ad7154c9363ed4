// A person locks a copy of their change plan and brings it back; a copy of one plan never opens as
// the other, where the safety plan's schema would read it as an empty plan.
import { describe, expect, it } from "vitest";
import {
  lockChangePlanFile,
  lockPlanFile,
  readPlanFile,
  unlockChangePlanFile,
  unlockPlanFile,
  type PlanFile,
} from "@/lib/crypto/plan-file";
import { changePlanValueSchema, planValueSchema } from "@/lib/plan/plan-schema";

const passphrase = "lantern over the quiet tide";
const changePlan = changePlanValueSchema.parse({
  items: { values: ["Be someone my kids feel safe with"] },
  done: { "take-a-safe-time-out": true },
  answers: { courtOrder: "yes", program: "in-one" },
});
const safetyPlan = planValueSchema.parse({ entries: { trustedPeople: [{ id: "person-1", name: "Aunt Maeve" }] } });

describe("a locked copy of the change plan", () => {
  it("names nothing and opens with its passphrase, answers and all", async () => {
    const text = await lockChangePlanFile(changePlan, passphrase);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(["version", "argon2", "salt", "envelope"]);
    expect(text).not.toMatch(/change|kids|court/i);
    const file = readPlanFile(text) as PlanFile;
    expect(await unlockChangePlanFile(file, passphrase)).toEqual({ ok: true, plan: changePlan });
    expect(await unlockChangePlanFile(file, "not the passphrase at all")).toEqual({
      ok: false,
      problem: "wrong-passphrase",
    });
  });

  it("is refused by the safety plan's import, and a safety plan's copy by the change plan's", async () => {
    const changeFile = readPlanFile(await lockChangePlanFile(changePlan, passphrase)) as PlanFile;
    expect(await unlockPlanFile(changeFile, passphrase)).toEqual({ ok: false, problem: "other-kind" });
    const safetyFile = readPlanFile(await lockPlanFile(safetyPlan, passphrase)) as PlanFile;
    expect(await unlockChangePlanFile(safetyFile, passphrase)).toEqual({ ok: false, problem: "other-kind" });
    expect(await unlockPlanFile(safetyFile, passphrase)).toEqual({ ok: true, plan: safetyPlan });
  });
});
