import english from "../../messages/en/planHistory.json";
import { changePlanSections } from "./change-plan-template";
import { changeQuestions, type ChangeQuestion } from "./change-questions";
import { fill } from "./fill";
import type { ChangesIn, Titled } from "./history-words";
import type { ChangePlanValue } from "./plan-schema";

/** Everything "what changed" in a change plan is said with, in one language. */
export type ChangePlanChangesIn = Pick<ChangesIn, "words" | "locale"> & {
  questions: readonly ChangeQuestion[];
  sections: readonly Titled<(typeof changePlanSections)[number]>[];
};

const inEnglish: ChangePlanChangesIn = {
  words: english.changes,
  locale: "en",
  questions: changeQuestions,
  sections: changePlanSections,
};

const answerLabel = (question: ChangeQuestion, answer: unknown, { answers }: ChangePlanChangesIn["words"]): string =>
  answer === undefined
    ? answers.skipped
    : typeof answer === "boolean"
      ? answer
        ? answers.yes
        : answers.no
      : (question.choices?.find((choice) => choice.value === answer)?.label ?? String(answer));

/**
 * What is different between two versions of a change plan, as sentences a person can read at a
 * glance, naming their own lines, in the reader's language (`said`; English unless told).
 * `strategyText` names ticked ideas.
 */
export function describeChangePlanChanges(
  before: ChangePlanValue,
  after: ChangePlanValue,
  strategyText: (id: string) => string | undefined = () => undefined,
  said: ChangePlanChangesIn = inEnglish,
): string[] {
  const { words } = said;
  const lines: string[] = [];
  for (const question of said.questions) {
    const [was, now] = [before.answers?.[question.key], after.answers?.[question.key]];
    if (was !== now)
      lines.push(
        fill(words.answer, {
          question: question.label,
          was: answerLabel(question, was, words),
          now: answerLabel(question, now, words),
        }),
      );
  }
  for (const { id, title } of said.sections) {
    const [was, now] = [before.items[id] ?? [], after.items[id] ?? []];
    for (const line of now) if (!was.includes(line)) lines.push(fill(words.addedTo, { section: title, line }));
    for (const line of was) if (!now.includes(line)) lines.push(fill(words.tookOut, { section: title, line }));
  }
  for (const id of new Set([...Object.keys(before.done), ...Object.keys(after.done)])) {
    if (Boolean(before.done[id]) === Boolean(after.done[id])) continue;
    lines.push(fill(after.done[id] ? words.done : words.notDone, { name: strategyText(id) ?? id }));
  }
  return lines;
}
