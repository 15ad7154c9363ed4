/**
 * The brief's own limits (lib/helper-briefs/brief-content.ts), so the markup stops where the server
 * does. Apart from the schema: the form runs in the browser, and zod there would probe eval.
 */
export const briefFormLimits = { label: 80, from: 80, word: 60, whatToDo: 600, place: 600, ownWords: 2000 } as const;
