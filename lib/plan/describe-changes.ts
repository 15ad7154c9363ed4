import type { Circumstances } from "./circumstances";
import { entryKinds, suggestionById, type EntryKey } from "./entry-kinds";
import type { DraftRow } from "./entry-kinds/entry-kind";
import type { PlanValue } from "./plan-schema";
import { questions } from "./questions";
import { describeReflectionChanges } from "./reflection-changes";
import { safetyPlanSections } from "./safety-plan-template";

type Named = { id: string };

type Naming<T> = {
  noun: string;
  nameOf: (item: T) => string;
  describeChange?: (before: T, after: T) => string | undefined;
};

/** Added, removed and changed items of one list, in plain words, by the name the person gave. */
function listChanges<T extends Named>(before: T[], after: T[], { noun, nameOf, describeChange }: Naming<T>): string[] {
  const earlier = new Map(before.map((item) => [item.id, item]));
  const later = new Map(after.map((item) => [item.id, item]));
  const lines: string[] = [];
  for (const item of after) {
    const old = earlier.get(item.id);
    if (!old) lines.push(`You added ${noun}: “${nameOf(item)}”.`);
    else if (JSON.stringify(old) !== JSON.stringify(item))
      lines.push(describeChange?.(old, item) ?? `You changed the details of ${noun} “${nameOf(item)}”.`);
  }
  for (const item of before) if (!later.has(item.id)) lines.push(`You removed ${noun}: “${nameOf(item)}”.`);
  return lines;
}

/** Checklist suggestions left out, or offered again. */
function leftOutChanges(before: readonly string[], after: readonly string[]): string[] {
  const named = (id: string) => suggestionById(id)?.row.what ?? id;
  return [
    ...after.filter((id) => !before.includes(id)).map((id) => `You left out the suggestion “${named(id)}”.`),
    ...before.filter((id) => !after.includes(id)).map((id) => `You asked to see the suggestion “${named(id)}” again.`),
  ];
}

function answerLabel(key: keyof Circumstances, answer: unknown): string {
  const question = questions.find((candidate) => candidate.key === key);
  if (answer === undefined) return "skipped";
  if (typeof answer === "boolean") return answer ? "yes" : "no";
  const values = Array.isArray(answer) ? answer : [answer];
  if (values.length === 0) return "none";
  return values
    .map((value) => question?.choices?.find((choice) => choice.value === value)?.label ?? String(value))
    .join(", ");
}

/**
 * What is different between two versions of a plan, as sentences a person can read at a glance.
 * `strategyText` names ticked suggestions; without it they are counted.
 */
export function describeChanges(
  before: PlanValue,
  after: PlanValue,
  strategyText: (id: string) => string | undefined = () => undefined,
): string[] {
  const lines: string[] = [];
  for (const question of questions) {
    const was = before.circumstances[question.key];
    const now = after.circumstances[question.key];
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      lines.push(
        `You changed your answer to “${question.label}” from ${answerLabel(question.key, was)} to ${answerLabel(question.key, now)}.`,
      );
    }
  }
  for (const kind of entryKinds) {
    const list = (entries: PlanValue["entries"]) => entries[kind.key as EntryKey] as DraftRow[];
    lines.push(...listChanges(list(before.entries), list(after.entries), kind as unknown as Naming<DraftRow>));
  }
  lines.push(...leftOutChanges(before.entries.leftOut, after.entries.leftOut));
  const ticked = Object.keys(after.entries.done).filter((id) => after.entries.done[id] && !before.entries.done[id]);
  const unticked = Object.keys(before.entries.done).filter((id) => before.entries.done[id] && !after.entries.done[id]);
  for (const id of ticked) lines.push(`You marked as done: “${strategyText(id) ?? id}”.`);
  for (const id of unticked) lines.push(`You marked as not done yet: “${strategyText(id) ?? id}”.`);
  const asideBefore = before.nextStepsSetAside ?? [];
  const asideAfter = after.nextStepsSetAside ?? [];
  for (const id of asideAfter.filter((other) => !asideBefore.includes(other)))
    lines.push(`You set aside an idea from your next steps: “${strategyText(id) ?? id}”.`);
  if (asideBefore.length > 0 && asideAfter.length === 0) lines.push("You brought back the ideas you had set aside.");
  for (const section of safetyPlanSections) {
    if ((before.entries.notes[section.id] ?? "") !== (after.entries.notes[section.id] ?? "")) {
      lines.push(`You changed your notes in “${section.title}”.`);
    }
  }
  lines.push(...describeReflectionChanges(before, after));
  if (before.reviewBy !== after.reviewBy) {
    lines.push(
      after.reviewBy
        ? `You set a date to review your plan: ${after.reviewBy}.`
        : "You removed the date to review your plan.",
    );
  }
  return lines;
}
