import english from "../../../messages/en/planEntries.json";
import type { DraftRow, EntryField, EntryKind } from "./entry-kind";

/** The entry kinds' words in one language, from messages/<locale>/planEntries.json. */
export type EntryWords = typeof english;
export type RowWords = EntryWords["rows"];
type KindWords = {
  addTitle: string;
  untitled: string;
  fields: Record<string, { label: string; choices?: Record<string, string> }>;
};

/** The kind's own words, or for a checklist the words all checklists share. */
const ownWords = (words: EntryWords, key: string): KindWords =>
  (words as unknown as Record<string, KindWords>)[key] ?? words.checklist;

/**
 * A kind of entry with its labels, headings and suggestions in another language. Only words change:
 * fields, limits, ids and rules stay the kind's own, so the server reads the form the same way.
 */
export function wordedKind<K extends EntryKind>(kind: K, words: EntryWords): K {
  const own = ownWords(words, kind.key);
  const list = words.lists[kind.key as keyof EntryWords["lists"]] as
    { title: string; suggestions: Record<string, string> } | undefined;
  const fields = Object.fromEntries(
    Object.entries(kind.fields).map(([name, field]): [string, EntryField] => {
      const worded = own.fields[name];
      if (!worded) return [name, field];
      const choices = "choices" in field && worded.choices ? { choices: worded.choices } : {};
      return [name, { ...field, label: worded.label, ...choices } as EntryField];
    }),
  );
  const required = fields[kind.required];
  const untitled = ownWords(english, kind.key).untitled;
  const titleOf = (row: DraftRow) => {
    const title = (kind.titleOf as (row: DraftRow) => string)(row);
    if (title === untitled) return own.untitled;
    // A contact without a name is headed by who they are, in the reader's words.
    if (required?.kind === "choice" && !row.name) return required.choices[String(row[kind.required])] ?? title;
    return title;
  };
  return {
    ...kind,
    fields,
    labels: Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.label])),
    addTitle: own.addTitle,
    titleOf,
    ...(kind.checklist && list && { checklist: { title: list.title, intro: words.checklist.intro } }),
    ...(kind.suggested &&
      list && {
        suggested: kind.suggested.map((row) => ({ ...row, what: list.suggestions[row.id] ?? row.what })),
      }),
  };
}

/** Each kind's choice labels by field and value, in one language, for how its rows print. */
export function choiceWordsOf(words: EntryWords, key: string): Record<string, Record<string, string>> {
  const fields = Object.entries(ownWords(words, key).fields);
  return Object.fromEntries(fields.flatMap(([name, field]) => (field.choices ? [[name, field.choices]] : [])));
}
