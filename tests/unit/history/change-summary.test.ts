import { describe, expect, it } from "vitest";
import { oneLineChange } from "@/lib/plan/change-summary";
import { emptyPlan, trustedPersonSchema, type PlanValue } from "@/lib/plan/plan-schema";
import { revisionLabel } from "@/lib/plan/revision-labels";

function planWith(names: string[], change: (plan: PlanValue) => void = () => undefined): PlanValue {
  const plan = emptyPlan();
  plan.entries.trustedPeople = names.map((name) =>
    trustedPersonSchema.parse({ id: `person-${name.toLowerCase()}`, name }),
  );
  change(plan);
  return plan;
}

describe("what one save changed, in one line", () => {
  it("is the change itself when there is one", () => {
    expect(oneLineChange(planWith(["Sam"]), planWith(["Sam", "Rowan"]))).toBe("You added a trusted person: “Rowan”.");
  });

  it("is the first change and how many more", () => {
    expect(oneLineChange(planWith([]), planWith(["Sam", "Rowan"]))).toBe(
      "You added a trusted person: “Sam”, and 1 more change.",
    );
    const after = planWith(["Rowan", "Idris"], (plan) => {
      plan.reviewBy = "2027-01-15";
      plan.entries.notes.emergency = "Call after six.";
    });
    expect(oneLineChange(planWith(["Sam"]), after)).toBe("You added a trusted person: “Rowan”, and 4 more changes.");
  });

  it("describes the first save against an empty plan", () => {
    expect(oneLineChange(undefined, planWith(["Sam"]))).toBe("You added a trusted person: “Sam”.");
    expect(oneLineChange(undefined, emptyPlan())).toBe("No changes from the version before.");
  });

  it("says so when nothing changed, and does not pretend nothing did when the words cannot name it", () => {
    expect(oneLineChange(planWith(["Sam"]), planWith(["Sam"]))).toBe("No changes from the version before.");
    const reviewed = planWith(["Sam"], (plan) => {
      plan.lastReviewedAt = "2026-12-01T10:00:00.000Z";
    });
    expect(oneLineChange(planWith(["Sam"]), reviewed)).toBe(
      "Changes this summary cannot name yet; open it to see the plan as it was.",
    );
  });
});

describe("what a snapshot is, in plain words", () => {
  const timeOf = (iso: string) => `at ${iso}`;

  it("names each reason, and the version a restore brought back by its time", () => {
    expect(revisionLabel({ reason: "save" }, timeOf)).toBe("Saved");
    expect(revisionLabel({ reason: "before-restore" }, timeOf)).toBe(
      "Your plan just before you brought back an earlier version",
    );
    expect(revisionLabel({ reason: "before-import" }, timeOf)).toBe("Your plan just before you brought back a copy");
    expect(revisionLabel({ reason: "restore", restoredFrom: "2026-12-01T10:00:00.000Z" }, timeOf)).toBe(
      "Brought back the version from at 2026-12-01T10:00:00.000Z",
    );
  });
});
