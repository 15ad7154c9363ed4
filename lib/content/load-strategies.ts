import fs from "node:fs";
import path from "node:path";
import { ContentError } from "./content-error";
import { readFrontMatter } from "./read-front-matter";
import { strategyFrontMatterSchema, type Strategy } from "../plan/strategy-schema";

/** Reads and checks every strategy; a bad file stops the content build, named with its field. */
export function loadStrategies(root: string, folder = "content/strategies"): Strategy[] {
  const directory = path.join(root, folder);
  const files = fs.readdirSync(directory).filter((name) => name.endsWith(".md") && name !== "README.md").sort();
  const strategies = files.map((name) => readStrategy(root, path.join(directory, name)));
  const seen = new Set<string>();
  for (const strategy of strategies) {
    if (seen.has(strategy.id)) throw new ContentError(`${folder}/${strategy.id}.md`, "id", "is used twice");
    seen.add(strategy.id);
  }
  return strategies;
}

function readStrategy(root: string, absolute: string): Strategy {
  const { file, data, body } = readFrontMatter(root, absolute, strategyFrontMatterSchema);
  if (data.id !== path.basename(absolute, ".md")) throw new ContentError(file, "id", "must match the file name");
  const text = body.replace(/\s+/g, " ").trim();
  if (text.length < 20) throw new ContentError(file, "text", "must say what the suggestion is");
  return { ...data, text };
}
