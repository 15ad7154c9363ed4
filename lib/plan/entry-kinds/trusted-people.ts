import { fill } from "../fill";
import { choices, defineEntryKind, flag, requiredText, text } from "./entry-kind";

const canHelpWith = {
  "keep-documents": "Keep copies of important papers",
  "spare-key": "Hold a spare key",
  "keep-go-bag": "Keep a bag of things for me",
  "pick-up-children": "Pick up the children",
  "place-to-stay": "Give me a place to stay",
  "call-for-help": "Call for help if I give a signal",
};

/** People the person trusts: who could help, how to reach them, and what each could do. */
export const trustedPeople = defineEntryKind({
  key: "trustedPeople",
  section: "trusted-people",
  fields: {
    name: requiredText("Name or nickname", 80, "addName"),
    reach: text("How to reach them", 200, { sensitive: "reach" }),
    canHelpWith: choices("What they could do", canHelpWith),
    otherHelp: text("Anything else they could do", 300, { multiline: true }),
    codeWord: text("A code word you share (optional)", 60, { sensitive: "codeWord" }),
    knowsAboutPlan: flag("They know about this plan"),
  },
  required: "name",
  plural: "people",
  nameOf: (person) => person.name,
  titleOf: (person) => person.name || "A person in your plan",
  addTitle: "Add a person",
  print: (person, words) => ({
    heading: person.name,
    details: [
      person.reach,
      person.canHelpWith
        .map((help) => (words.choices.canHelpWith?.[help] ?? canHelpWith[help]).toLowerCase())
        .join(", "),
      person.codeWord && fill(words.codeWord, { word: person.codeWord }),
      person.knowsAboutPlan ? words.knows : words.doesNotKnow,
    ].filter(Boolean),
  }),
});
