import english from "../../../messages/en/planEntries.json";
import french from "../../../messages/fr-CA/planEntries.json";

const languages = [english, french];

/** A checklist suggestion's words in every language the site speaks, so a suggestion left as offered is read as untouched in any. */
export function suggestionWords(id: string): string[] {
  return languages.flatMap((words) =>
    Object.values(words.lists).flatMap((list) => {
      const text = (list.suggestions as Record<string, string>)[id];
      return text === undefined ? [] : [text];
    }),
  );
}
