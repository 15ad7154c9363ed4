/** Every field of a repeating row, by its name in the form, with the label the form shows. */
export const rowLabels = {
  trustedPeople: {
    name: "Name or nickname",
    reach: "How to reach them",
    canHelpWith: "What they could do",
    otherHelp: "Anything else they could do",
    codeWord: "A code word you share (optional)",
    knowsAboutPlan: "They know about this plan",
  },
  safePlaces: { place: "Where", howToGetThere: "How to get there", keptThere: "What is kept there" },
  workplaceContacts: { role: "Who they are", name: "Name (optional)", willDo: "What they will do", otherHelp: "Anything else" },
} as const;

export type RowPrefix = keyof typeof rowLabels;

/** The id of a row's field in the page, as `RowField` draws it; error summaries link to it. */
export const rowFieldId = (prefix: string, index: number, field: string) => `${prefix}-${index}-${field}`;
