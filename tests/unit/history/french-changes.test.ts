import { describe, expect, it } from "vitest";
import { changePlanChangesIn, changesIn } from "@/lib/content/history-words-for";
import { historyWordsFor } from "@/lib/content/plan-words-for";
import { oneLineChange } from "@/lib/plan/change-summary";
import { describeChangePlanChanges } from "@/lib/plan/describe-change-plan-changes";
import { describeChanges } from "@/lib/plan/describe-changes";
import { emptyPlan, trustedPersonSchema, type ChangePlanValue, type PlanValue } from "@/lib/plan/plan-schema";
import { revisionLabel } from "@/lib/plan/revision-labels";
import { sayCount } from "@/lib/plan/say";
import { exactTime } from "@/lib/site/describe-time";

const french = changesIn("fr-CA");
const OWN = "0b9a2c38-8d3e-4f8e-9a45-2b3c4d5e6f70";

function planWith(names: string[], change: (plan: PlanValue) => void = () => undefined): PlanValue {
  const plan = emptyPlan();
  plan.entries.trustedPeople = names.map((name) =>
    trustedPersonSchema.parse({ id: `person-${name.toLowerCase()}`, name }),
  );
  change(plan);
  return plan;
}

describe("what changed, said to a French reader", () => {
  it("names people, answers, lists, suggestions, notes and the review date in French", () => {
    const before = planWith(["Sam"], (plan) => {
      plan.entries.goBagItems = [
        { id: "bag-health-card", what: "Carte d'assurance maladie", ticked: false, where: "" },
      ];
    });
    const after = planWith(["Rowan"], (plan) => {
      plan.circumstances.livingSituation = "apart";
      plan.circumstances.pets = true;
      plan.entries.goBagItems = [
        { id: "bag-health-card", what: "Carte d'assurance maladie", ticked: true, where: "" },
        { id: OWN, what: "Lettres", ticked: false, where: "" },
      ];
      plan.entries.leftOut = ["bag-clothes"];
      plan.entries.notes.emergency = "Appeler après six heures.";
      plan.reviewBy = "2027-03-01";
    });
    expect(describeChanges(before, after, () => undefined, french)).toEqual([
      "Vous avez changé votre réponse à « Où en sont les choses avec la personne qui vous a fait du mal? » : avant, question passée; maintenant, Nous n'habitons pas ensemble.",
      "Vous avez changé votre réponse à « Avez-vous des animaux? » : avant, question passée; maintenant, oui.",
      "Vous avez ajouté une personne de confiance : « Rowan ».",
      "Vous avez retiré une personne de confiance : « Sam ».",
      "Vous avez coché « Carte d'assurance maladie » dans votre liste de papiers et de sac de départ.",
      "Vous avez ajouté un élément de votre liste de papiers et de sac de départ : « Lettres ».",
      "Vous avez écarté la suggestion « Des vêtements de rechange ».",
      "Vous avez modifié vos notes dans « En cas d'urgence ».",
      "Vous avez choisi une date pour revoir votre plan : le 1 mars 2027.",
    ]);
  });

  it("names a work contact without a name by who they are, in the reader's words", () => {
    const after = emptyPlan();
    after.entries.workplaceContacts = [{ id: OWN, role: "manager", name: "", willDo: [], otherHelp: "" }];
    expect(describeChanges(emptyPlan(), after, () => undefined, french)).toEqual([
      "Vous avez ajouté un contact au travail ou à l'école : « Gestionnaire ou superviseur ».",
    ]);
    expect(describeChanges(emptyPlan(), after)).toEqual([
      "You added a work or school contact: “Manager or supervisor”.",
    ]);
  });

  it("counts the other changes with French plurals", () => {
    expect(oneLineChange(planWith([]), planWith(["Sam", "Rowan"]), undefined, french)).toBe(
      "Vous avez ajouté une personne de confiance : « Sam », et 1 autre changement.",
    );
    expect(oneLineChange(planWith([]), planWith(["Sam", "Rowan", "Idris"]), undefined, french)).toBe(
      "Vous avez ajouté une personne de confiance : « Sam », et 2 autres changements.",
    );
    expect(oneLineChange(planWith(["Sam"]), planWith(["Sam"]), undefined, french)).toBe(
      "Aucun changement depuis la version précédente.",
    );
  });

  it("takes the plural form each language gives a count", () => {
    const more = historyWordsFor("fr-CA").changes.more;
    expect(sayCount(more, 0, "fr-CA", { first: "X" })).toBe("X, et 0 autre changement.");
    expect(sayCount(historyWordsFor("en").changes.more, 0, "en", { first: "X" })).toBe("X, and 0 more changes.");
  });

  it("names each kind of snapshot in French, with the time it was brought back from", () => {
    const labels = historyWordsFor("fr-CA").labels;
    expect(revisionLabel({ reason: "save" }, String, labels)).toBe("Enregistré");
    const timeOf = (iso: string) => exactTime(new Date(iso), "America/Toronto", "fr-CA");
    const restored = revisionLabel({ reason: "restore", restoredFrom: "2026-12-01T15:00:00.000Z" }, timeOf, labels);
    expect(restored).toBe(`Vous avez ramené la version du ${timeOf("2026-12-01T15:00:00.000Z")}`);
    expect(restored).toContain("1 déc. 2026");
  });

  it("says what changed in a change plan in French", () => {
    const before: ChangePlanValue = { items: { values: ["Patient"] }, done: {}, answers: { courtOrder: "yes" } };
    const after: ChangePlanValue = { items: { values: ["Honnête"] }, done: { "calm-your-body": true }, answers: {} };
    const text = (id: string) => ({ "calm-your-body": "Calmer votre corps." })[id];
    expect(describeChangePlanChanges(before, after, text, changePlanChangesIn("fr-CA"))).toEqual([
      "Vous avez changé votre réponse à « Y a-t-il une ordonnance du tribunal, une condition de mise en liberté ou de probation sur les personnes avec qui vous pouvez communiquer? » : avant, Oui; maintenant, question passée.",
      "Vous avez ajouté à « Ce qui compte pour moi » : « Honnête ».",
      "Vous avez retiré de « Ce qui compte pour moi » : « Patient ».",
      "Vous avez indiqué comme fait : « Calmer votre corps. ».",
    ]);
  });

  it("leaves no English word in a French line", () => {
    const after = planWith(["Sam"], (plan) => (plan.reviewBy = "2027-03-01"));
    for (const line of describeChanges(emptyPlan(), after, () => undefined, french))
      expect(line).not.toMatch(/\b(You|added|review|your|plan:)\b/);
  });
});
