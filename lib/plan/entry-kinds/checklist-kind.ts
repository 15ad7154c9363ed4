import type { PlanSectionId } from "../plan-sections";
import { fill } from "../fill";
import { defineEntryKind, flag, requiredText, text } from "./entry-kind";

type Spec<Key extends string> = {
  key: Key;
  section: PlanSectionId;
  /** The list's heading in the form; "what changed" names it in messages/<locale>/planHistory.json. */
  title: string;
  /** Suggested items in our own words, by id; each id is unique across every checklist. */
  suggestions: Record<string, string>;
};

const fields = {
  what: requiredText("What it is", 120, "sayWhatItem"),
  ticked: flag("I have it, or it is done"),
  where: text("Where it is (optional)", 200, { sensitive: "keptWhere" }),
};

/**
 * A fill-in checklist for one part of the plan: items to tick, with a note of where each is. It
 * starts with suggestions the person can tick, change or leave out; none is theirs until they do.
 */
export function defineChecklist<const Key extends string>({ key, section, title, suggestions }: Spec<Key>) {
  return defineEntryKind({
    key,
    section,
    fields,
    required: "what",
    plural: "items",
    nameOf: (item) => item.what,
    titleOf: (item) => item.what || "An item on your list",
    addTitle: "Add something to this list",
    print: (item, words) => ({
      heading: item.what,
      aside: item.ticked ? words.ticked : words.notTicked,
      details: item.where ? [fill(words.whereItIs, { where: item.where })] : [],
    }),
    changeOf: (before, after) => {
      if (before.what !== after.what || before.where !== after.where || before.ticked === after.ticked)
        return undefined;
      return after.ticked ? "ticked" : "unticked";
    },
    suggested: Object.entries(suggestions).map(([id, what]) => ({ id, what, ticked: false, where: "" })),
    checklist: {
      title,
      intro:
        "Tick what you have ready or have done. You can change the words, add your own, and leave out what does not fit. A suggestion is saved only once you tick it, change it or say where it is.",
    },
  });
}
