import bundle from "../../content/generated/content.json";
import type { EntryWords } from "./worded-kind";

// Every language in i18n/locales.json, as the content build read it from messages/<code>/planEntries.json.
const languages = Object.values(
  (bundle as unknown as { planWords: Record<string, { planEntries: EntryWords }> }).planWords,
).map((words) => words.planEntries);

/** A checklist suggestion's words in every language the site speaks, so a suggestion left as offered is read as untouched in any. */
export function suggestionWords(id: string): string[] {
  return languages.flatMap((words) =>
    Object.values(words.lists).flatMap((list) => {
      const text = (list.suggestions as Record<string, string>)[id];
      return text === undefined ? [] : [text];
    }),
  );
}
