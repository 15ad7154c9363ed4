// The one question at sign-up: skipped, or sent as something we never offered, it is the safety plan.
import { describe, expect, it } from "vitest";
import { planKindFormSchema, signUpSchema } from "@/lib/auth/account-schemas";
import { planPlaces } from "@/lib/settings/plan-kind";

const signUp = (planKind?: string) =>
  signUpSchema.parse({
    offer: "x",
    passphrase: "several quiet words here",
    confirmPassphrase: "several quiet words here",
    planKind,
  });

describe("which plan a new account makes", () => {
  it("is the one chosen, and the safety plan when skipped or not one of ours", () => {
    expect(signUp("change").planKind).toBe("change");
    expect(signUp("safety").planKind).toBe("safety");
    expect(signUp().planKind).toBe("safety");
    expect(signUp("both").planKind).toBe("safety");
    expect(planKindFormSchema.parse({}).planKind).toBe("safety");
  });

  it("leads each kind to its own first question", () => {
    expect(planPlaces.safety.firstQuestion).toBe("/planner/questions");
    expect(planPlaces.change.firstQuestion).toBe("/journal/questions");
  });
});
