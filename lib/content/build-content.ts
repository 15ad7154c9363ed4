import fs from "node:fs";
import path from "node:path";
import { guidePath, readablePaths } from "../site/site-routes";
import type { GuidancePage } from "./guidance-schema";
import { loadGuidance } from "./load-guidance";
import { loadResources } from "./load-resources";
import type { Resource } from "./resource-schema";
import { loadStrategies } from "./load-strategies";
import { loadStrategyTranslations, type StrategyWords } from "./load-strategy-translations";
import { loadSynonyms } from "./load-synonyms";
import type { SynonymsFile } from "../search/synonyms-schema";
import type { Strategy } from "../plan/strategy-schema";

/** The directory is kept per language: the languages below each have a file in content/resources/. */
export const directoryLanguages = ["en", "fr-CA"] as const;
export type DirectoryLanguage = (typeof directoryLanguages)[number];

export type ContentBundle = {
  guidance: GuidancePage[];
  resources: Record<DirectoryLanguage, Resource[]>;
  strategies: Strategy[];
  /** Each strategy's words in the languages other than English, by id. */
  strategyWords: Record<Exclude<DirectoryLanguage, "en">, Record<string, StrategyWords>>;
  synonyms: SynonymsFile;
};

export const CONTENT_BUNDLE = "lib/content/generated/content.json";

/** Validates and renders everything under content/ into one JSON file the app imports. */
export function buildContent(root: string): ContentBundle {
  const strategies = loadStrategies(root);
  const bundle: ContentBundle = {
    guidance: loadGuidance(root, "content/guidance", { pages: readablePaths, guidePath }),
    resources: Object.fromEntries(
      directoryLanguages.map((language) => [language, loadResources(root, language)]),
    ) as ContentBundle["resources"],
    strategies,
    strategyWords: { "fr-CA": loadStrategyTranslations(root, "fr-CA", strategies) },
    synonyms: loadSynonyms(root),
  };
  const output = path.join(root, CONTENT_BUNDLE);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, JSON.stringify(bundle));
  return bundle;
}
