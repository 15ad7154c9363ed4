import { describe, expect, it } from "vitest";
import { fieldsOf, type FormFields } from "@/lib/forms/form-fields";
import { readReflection, reflectionFormSchema, UNREADABLE_ANSWER } from "@/lib/forms/reflection-form";
import { dayFromDevice } from "@/lib/plan/calendar-day";
import { describeChanges } from "@/lib/plan/describe-changes";
import { emptyPlan, planValueSchema, type PlanValue } from "@/lib/plan/plan-schema";
import frenchLookBack from "@/messages/fr-CA/lookBack.json";
import { describeReflectionChanges, movesSinceEarlier } from "@/lib/plan/reflection-changes";
import englishLookBack from "@/messages/en/lookBack.json";
import { riskQuestionsIn } from "@/lib/plan/risk-questions";
import { riskQuestionIds } from "@/lib/plan/risk-reflection";
import { withReflection } from "@/lib/plan/save-reflection";

function form(pairs: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of pairs) data.append(name, value);
  return data;
}
const fields = (pairs: [string, string][]) => fieldsOf(form(pairs)) as FormFields;

const riskQuestions = riskQuestionsIn(englishLookBack);
const CHOKED = "being choked or having your breathing stopped";
const WEAPON = "a weapon or a gun";

describe("the look-back questions", () => {
  it("ask about every indicator once, in the table's order, each with a plain why and where it comes from", () => {
    expect(riskQuestions.map((question) => question.id)).toEqual([...riskQuestionIds]);
    for (const question of riskQuestions) {
      expect(question.label, question.id).toMatch(/\?$/);
      expect(question.why.length, question.id).toBeLessThanOrEqual(200);
      expect(question.source.url, question.id).toMatch(/^https?:\/\//);
      expect(question.opener.length, question.id).toBeGreaterThan(10);
    }
    expect(new Set(riskQuestions.map((question) => question.short)).size).toBe(riskQuestions.length);
  });
});

describe("saving a look back", () => {
  const first = withReflection(emptyPlan(), { strangulation: "yes", weapon: "not-sure" }, "2026-09-01");

  it("dates the answers and keeps the rest of the plan as it was", () => {
    expect(first.reflection).toEqual({
      answeredOn: "2026-09-01",
      answers: { strangulation: "yes", weapon: "not-sure" },
    });
    expect({ ...first, reflection: undefined }).toEqual({ ...emptyPlan(), reflection: undefined });
    expect(planValueSchema.parse(first)).toEqual(first);
  });

  it("moves the one before into `earlier` when the new one is on another day", () => {
    const second = withReflection(first, { strangulation: "not-sure" }, "2026-12-02");
    expect(second.reflection).toEqual({
      answeredOn: "2026-12-02",
      answers: { strangulation: "not-sure" },
      earlier: { answeredOn: "2026-09-01", answers: { strangulation: "yes", weapon: "not-sure" } },
    });
  });

  it("a second look the same day replaces that day's answers and keeps the earlier day", () => {
    const second = withReflection(first, { strangulation: "not-sure" }, "2026-12-02");
    const again = withReflection(second, { strangulation: "no" }, "2026-12-02");
    expect(again.reflection?.answers).toEqual({ strangulation: "no" });
    expect(again.reflection?.earlier).toEqual(second.reflection?.earlier);
  });

  it("keeps the saved answer of a question whose answer could not be read", () => {
    const next = withReflection(first, { weapon: "no" }, "2026-09-02", ["strangulation"]);
    expect(next.reflection?.answers).toEqual({ weapon: "no", strangulation: "yes" });
  });
});

describe("reading the look-back form", () => {
  it("reads yes, no and not sure, and a blank choice as skipped", () => {
    const { answers, errors } = readReflection(
      fields([
        ["strangulation", "yes"],
        ["weapon", "no"],
        ["stalking", "not-sure"],
        ["pregnancy", ""],
      ]),
    );
    expect(answers).toEqual({ strangulation: "yes", weapon: "no", stalking: "not-sure" });
    expect(errors).toEqual({});
  });

  it("puts a message beside an answer that is none of ours, and reads the rest", () => {
    const { answers, unreadable, errors } = readReflection(
      fields([
        ["strangulation", "7"],
        ["weapon", "yes"],
      ]),
    );
    expect(answers).toEqual({ weapon: "yes" });
    expect(unreadable).toEqual(["strangulation"]);
    expect(errors).toEqual({ strangulation: UNREADABLE_ANSWER });
  });

  it("needs the plan version, so an empty post cannot save over a plan", () => {
    expect(reflectionFormSchema.safeParse(form([["weapon", "yes"]])).success).toBe(false);
    const parsed = reflectionFormSchema.parse(
      form([
        ["version", "3"],
        ["weapon", "yes"],
      ]),
    );
    expect(parsed).toMatchObject({ version: 3, answers: { weapon: "yes" } });
  });

  it("takes the day from the person's device only when it is within a day of the server's", () => {
    const now = new Date("2026-12-02T03:00:00Z");
    expect(dayFromDevice("2026-12-01", now)).toBe("2026-12-01");
    expect(dayFromDevice("2026-12-03", now)).toBe("2026-12-03");
    expect(dayFromDevice("2026-11-20", now)).toBe("2026-12-02");
    expect(dayFromDevice("2026-02-30", now)).toBe("2026-12-02");
    expect(dayFromDevice("yesterday", now)).toBe("2026-12-02");
    expect(dayFromDevice(undefined, now)).toBe("2026-12-02");
  });
});

describe("what changed, for the look back", () => {
  const september: PlanValue = withReflection(emptyPlan(), { strangulation: "yes", weapon: "yes" }, "2026-09-01");

  it("says when the first look back was done, without listing or counting the answers", () => {
    expect(describeChanges(emptyPlan(), september)).toEqual([
      "You looked back over the last few months on September 1, 2026.",
    ]);
  });

  it("says how each answer moved between two versions of the plan", () => {
    const december = withReflection(september, { strangulation: "not-sure", stalking: "yes" }, "2026-12-02");
    expect(describeChanges(september, december)).toEqual([
      "You looked back over the last few months again on December 2, 2026.",
      `You said yes to “${CHOKED}” on September 1, 2026; now not sure.`,
      `You said yes to “${WEAPON}” on September 1, 2026; now skipped.`,
      "You skipped “being followed, watched or tracked” on September 1, 2026; now yes.",
    ]);
  });

  it("says the answers stayed the same when the person looked again on another day", () => {
    const again = withReflection(september, september.reflection!.answers, "2026-12-02");
    expect(describeChanges(september, again)).toEqual([
      "You looked back over the last few months again on December 2, 2026; your answers stayed the same.",
    ]);
  });

  it("says how answers moved from the earlier look back to the latest, within one plan", () => {
    const december = withReflection(september, { strangulation: "no", weapon: "yes" }, "2026-12-02");
    expect(movesSinceEarlier(december.reflection)).toEqual([
      `You said yes to “${CHOKED}” on September 1, 2026; now no.`,
    ]);
    expect(movesSinceEarlier(september.reflection)).toEqual([]);
  });

  it("says the same moves in French, with the day written the French way", () => {
    const december = withReflection(september, { strangulation: "no", weapon: "yes" }, "2026-12-02");
    const words = { words: frenchLookBack, locale: "fr-CA" };
    expect(movesSinceEarlier(december.reflection, words)).toEqual([
      `Vous aviez répondu oui à « ${frenchLookBack.questions.strangulation.short} » le 1 septembre 2026; maintenant non.`,
    ]);
    expect(describeReflectionChanges(emptyPlan(), december, words)).toEqual([
      "Vous avez repensé aux derniers mois le 2 décembre 2026.",
    ]);
  });
});

describe("the look-back questions in French", () => {
  it("ask the same questions, each in French, with its own short name and opener", () => {
    const french = riskQuestionsIn(frenchLookBack);
    expect(french.map((question) => question.id)).toEqual([...riskQuestionIds]);
    for (const question of french) {
      const english = riskQuestions.find((candidate) => candidate.id === question.id)!;
      expect(question.label, question.id).toMatch(/\?$/);
      expect(question.label).not.toBe(english.label);
      expect(question.short).not.toBe(english.short);
      expect(question.opener).not.toBe(english.opener);
      expect({ ...question.source, short: "" }).toEqual({ ...english.source, short: "" });
      expect(question.source.short, "the citation is said in French").not.toBe(english.source.short);
    }
    expect(new Set(french.map((question) => question.short)).size).toBe(french.length);
  });
});
