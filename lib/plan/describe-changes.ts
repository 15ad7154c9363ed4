import { describeDay } from "./calendar-day";
import type { Circumstances } from "./circumstances";
import { entryKinds, suggestionById, type EntryKey } from "./entry-kinds";
import type { DraftRow, EntryKind } from "./entry-kinds/entry-kind";
import { wordedKind } from "./entry-kinds/worded-kind";
import { fill } from "./fill";
import { changesInEnglish, intlLocale, type ChangesIn } from "./history-words";
import type { PlanValue } from "./plan-schema";
import { describeReflectionChanges } from "./reflection-changes";

type Lists = Record<string, { suggestions: Record<string, string> } | undefined>;

/** How "what changed" names one row of a kind: "a trusted person", "an item on your list for money". */
function nounOf(kind: EntryKind, { words }: ChangesIn): string {
  const nouns = words.nouns as Record<string, string>;
  const list = (words.lists as Record<string, string>)[kind.key];
  return nouns[kind.key] ?? fill(words.nouns.checklist, { list: list ?? kind.key });
}

/** Added, removed and changed rows of one kind, in plain words, by the name the person gave. */
function listChanges(kind: EntryKind, before: DraftRow[], after: DraftRow[], said: ChangesIn): string[] {
  const { words } = said;
  const noun = nounOf(kind, said);
  // A contact without a name is named by who they are, in the reader's words.
  const nameOf = (row: DraftRow) => wordedKind(kind, said.entries).titleOf(row as never);
  const changeOf = kind.changeOf as
    ((before: DraftRow, after: DraftRow) => "ticked" | "unticked" | undefined) | undefined;
  const list = (words.lists as Record<string, string>)[kind.key] ?? kind.key;
  const earlier = new Map(before.map((row) => [row.id, row]));
  const later = new Map(after.map((row) => [row.id, row]));
  const lines: string[] = [];
  for (const row of after) {
    const old = earlier.get(row.id);
    if (!old) lines.push(fill(words.added, { noun, name: nameOf(row) }));
    else if (JSON.stringify(old) !== JSON.stringify(row)) {
      const change = changeOf?.(old, row);
      lines.push(fill(change ? words[change] : words.changedDetails, { noun, name: nameOf(row), list }));
    }
  }
  for (const row of before) if (!later.has(row.id)) lines.push(fill(words.removed, { noun, name: nameOf(row) }));
  return lines;
}

/** Checklist suggestions left out, or offered again, by their words in the reader's language. */
function leftOutChanges(before: readonly string[], after: readonly string[], { words, entries }: ChangesIn): string[] {
  const named = (id: string) => {
    const found = suggestionById(id);
    if (!found) return id;
    return (entries.lists as Lists)[found.kind.key]?.suggestions[id] ?? String(found.row.what);
  };
  return [
    ...after.filter((id) => !before.includes(id)).map((id) => fill(words.leftOut, { name: named(id) })),
    ...before.filter((id) => !after.includes(id)).map((id) => fill(words.offeredAgain, { name: named(id) })),
  ];
}

function answerLabel(key: keyof Circumstances, answer: unknown, { words, questions }: ChangesIn): string {
  const question = questions.find((candidate) => candidate.key === key);
  if (answer === undefined) return words.answers.skipped;
  if (typeof answer === "boolean") return answer ? words.answers.yes : words.answers.no;
  const values = Array.isArray(answer) ? answer : [answer];
  if (values.length === 0) return words.answers.none;
  return values
    .map((value) => question?.choices?.find((choice) => choice.value === value)?.label ?? String(value))
    .join(words.answers.and);
}

/**
 * What is different between two versions of a plan, as sentences a person can read at a glance, in
 * the reader's language (`said`; English unless told). `strategyText` names ticked suggestions.
 */
export function describeChanges(
  before: PlanValue,
  after: PlanValue,
  strategyText: (id: string) => string | undefined = () => undefined,
  said: ChangesIn = changesInEnglish,
): string[] {
  const { words } = said;
  const lines: string[] = [];
  for (const question of said.questions) {
    const was = before.circumstances[question.key];
    const now = after.circumstances[question.key];
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      lines.push(
        fill(words.answer, {
          question: question.label,
          was: answerLabel(question.key, was, said),
          now: answerLabel(question.key, now, said),
        }),
      );
    }
  }
  for (const kind of entryKinds) {
    const list = (entries: PlanValue["entries"]) => entries[kind.key as EntryKey] as DraftRow[];
    lines.push(...listChanges(kind, list(before.entries), list(after.entries), said));
  }
  lines.push(...leftOutChanges(before.entries.leftOut, after.entries.leftOut, said));
  const named = (id: string) => ({ name: strategyText(id) ?? id });
  const ticked = Object.keys(after.entries.done).filter((id) => after.entries.done[id] && !before.entries.done[id]);
  const unticked = Object.keys(before.entries.done).filter((id) => before.entries.done[id] && !after.entries.done[id]);
  for (const id of ticked) lines.push(fill(words.done, named(id)));
  for (const id of unticked) lines.push(fill(words.notDone, named(id)));
  const asideBefore = before.nextStepsSetAside ?? [];
  const asideAfter = after.nextStepsSetAside ?? [];
  for (const id of asideAfter.filter((other) => !asideBefore.includes(other)))
    lines.push(fill(words.setAside, named(id)));
  if (asideBefore.length > 0 && asideAfter.length === 0) lines.push(words.setAsideCleared);
  for (const section of said.sections) {
    if ((before.entries.notes[section.id] ?? "") !== (after.entries.notes[section.id] ?? "")) {
      lines.push(fill(words.notes, { section: section.title }));
    }
  }
  lines.push(...describeReflectionChanges(before, after, said.moves));
  if (before.reviewBy !== after.reviewBy) {
    lines.push(
      after.reviewBy
        ? fill(words.reviewBy, { day: describeDay(after.reviewBy, intlLocale(said.locale)) })
        : words.reviewByRemoved,
    );
  }
  return lines;
}
