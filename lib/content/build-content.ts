import fs from "node:fs";
import path from "node:path";
import { supportedLocales } from "../../i18n/locales";
import { guidePath, readablePaths } from "../site/site-routes";
import type { GuidancePage } from "./guidance-schema";
import { loadGuidance } from "./load-guidance";
import { loadPlanWords, type PlanWordFiles } from "./load-plan-words";
import { loadResources, resourcesFile } from "./load-resources";
import type { Resource } from "./resource-schema";
import { loadStrategies } from "./load-strategies";
import { loadStrategyTranslations, type StrategyWords } from "./load-strategy-translations";
import { loadSynonyms } from "./load-synonyms";
import type { SynonymsFile } from "../search/synonyms-schema";
import type { Strategy } from "../plan/strategy-schema";

export type ContentBundle = {
  guidance: GuidancePage[];
  /** The directory per language (i18n/locales.json); English always, others where written. */
  resources: { en: Resource[] } & Partial<Record<string, Resource[]>>;
  strategies: Strategy[];
  /** Each strategy's words in the languages other than English, by id. */
  strategyWords: Partial<Record<string, Record<string, StrategyWords>>>;
  synonyms: SynonymsFile;
  /** The plan's words (messages/<code>/planBuilder.json and the rest) in every language of i18n/locales.json. */
  planWords: Record<string, PlanWordFiles>;
};

/** A new language in i18n/locales.json brings its content in with no change here. */
const otherLanguages = supportedLocales.map((locale) => locale.code).filter((code) => code !== "en");

export const CONTENT_BUNDLE = "lib/content/generated/content.json";

/** Validates and renders everything under content/ into one JSON file the app imports. */
export function buildContent(root: string): ContentBundle {
  const strategies = loadStrategies(root);
  const bundle: ContentBundle = {
    guidance: loadGuidance(root, "content/guidance", { pages: readablePaths, guidePath }),
    resources: {
      en: loadResources(root, "en"),
      ...Object.fromEntries(
        otherLanguages
          .filter((language) => fs.existsSync(path.join(root, resourcesFile(language))))
          .map((language) => [language, loadResources(root, language)]),
      ),
    },
    strategies,
    strategyWords: Object.fromEntries(
      otherLanguages.map((language) => [language, loadStrategyTranslations(root, language, strategies)]),
    ),
    synonyms: loadSynonyms(root),
    planWords: loadPlanWords(root),
  };
  const output = path.join(root, CONTENT_BUNDLE);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, JSON.stringify(bundle));
  return bundle;
}
