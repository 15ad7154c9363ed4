import { changePlanSections } from "./change-plan-template";
import { changeQuestions, type ChangeQuestion } from "./change-questions";
import type { ChangePlanValue } from "./plan-schema";

const answerLabel = (question: ChangeQuestion, answer: unknown): string =>
  answer === undefined
    ? "skipped"
    : typeof answer === "boolean"
      ? answer
        ? "yes"
        : "no"
      : (question.choices?.find((choice) => choice.value === answer)?.label ?? String(answer));

/**
 * What is different between two versions of a change plan, as sentences a person can read at a
 * glance, naming their own lines. `strategyText` names ticked ideas.
 */
export function describeChangePlanChanges(
  before: ChangePlanValue,
  after: ChangePlanValue,
  strategyText: (id: string) => string | undefined = () => undefined,
): string[] {
  const lines: string[] = [];
  for (const question of changeQuestions) {
    const [was, now] = [before.answers?.[question.key], after.answers?.[question.key]];
    if (was !== now)
      lines.push(
        `You changed your answer to “${question.label}” from ${answerLabel(question, was)} to ${answerLabel(question, now)}.`,
      );
  }
  for (const { id, title } of changePlanSections) {
    const [was, now] = [before.items[id] ?? [], after.items[id] ?? []];
    for (const line of now) if (!was.includes(line)) lines.push(`You added to “${title}”: “${line}”.`);
    for (const line of was) if (!now.includes(line)) lines.push(`You took out of “${title}”: “${line}”.`);
  }
  for (const id of new Set([...Object.keys(before.done), ...Object.keys(after.done)])) {
    if (Boolean(before.done[id]) === Boolean(after.done[id])) continue;
    const state = after.done[id] ? "You marked as done" : "You marked as not done yet";
    lines.push(`${state}: “${strategyText(id) ?? id}”.`);
  }
  return lines;
}
