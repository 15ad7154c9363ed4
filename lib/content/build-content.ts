import fs from "node:fs";
import path from "node:path";
import { guidePath, readablePaths } from "../site/site-routes";
import type { GuidancePage } from "./guidance-schema";
import { loadGuidance } from "./load-guidance";
import { loadResources } from "./load-resources";
import type { Resource } from "./resource-schema";
import { loadStrategies } from "./load-strategies";
import type { Strategy } from "../plan/strategy-schema";

export type ContentBundle = { guidance: GuidancePage[]; resources: Resource[]; strategies: Strategy[] };

export const CONTENT_BUNDLE = "lib/content/generated/content.json";

/** Validates and renders everything under content/ into one JSON file the app imports. */
export function buildContent(root: string): ContentBundle {
  const bundle: ContentBundle = {
    guidance: loadGuidance(root, "content/guidance", { pages: readablePaths, guidePath }),
    resources: loadResources(root, "en"),
    strategies: loadStrategies(root),
  };
  const output = path.join(root, CONTENT_BUNDLE);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, JSON.stringify(bundle));
  return bundle;
}
