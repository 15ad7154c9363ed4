import fs from "node:fs";
import path from "node:path";
import type { LocaleInfo } from "../../i18n/locales";

/** The message files whose words the plan's pure code takes as data (lib/plan), per language. */
export const planWordNamespaces = [
  "planBuilder",
  "planQuestions",
  "changePlan",
  "planEntries",
  "lookBack",
  "planHistory",
] as const;
export type PlanWordFiles = Record<(typeof planWordNamespaces)[number], unknown>;

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, "utf8"));

/**
 * The plan's words in every language `i18n/locales.json` names, read from messages/<code>/ for the
 * content bundle: a new language there is picked up with no code change.
 */
export function loadPlanWords(root: string): Record<string, PlanWordFiles> {
  const locales = readJson(path.join(root, "i18n/locales.json")) as LocaleInfo[];
  return Object.fromEntries(
    locales.map(({ code }) => [
      code,
      Object.fromEntries(
        planWordNamespaces.map((namespace) => [namespace, readJson(path.join(root, "messages", code, `${namespace}.json`))]),
      ) as PlanWordFiles,
    ]),
  );
}
