/** One file per namespace in messages/<locale>/; a new language copies the English folder. */
export const messageNamespaces = [
  "shell",
  "titles",
  "routes",
  "audiences",
  "home",
  "guidance",
  "pages",
  "account",
  "planBuilder",
  "plan",
  "planQuestions",
  "changePlan",
  "planEntries",
  "regions",
  "lookBack",
  "planHistory",
  "planFiles",
  "formErrors",
  "helperBriefs",
  "helperNote",
] as const;

export type MessageNamespace = (typeof messageNamespaces)[number];
