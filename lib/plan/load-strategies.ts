import fs from "node:fs";
import path from "node:path";
import { VFile } from "vfile";
import { matter } from "vfile-matter";
import { ContentError } from "../content/content-error";
import { strategyFrontMatterSchema, type Strategy } from "./strategy-schema";

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
  const file = path.relative(root, absolute);
  const vfile = new VFile({ path: absolute, value: fs.readFileSync(absolute, "utf8") });
  try {
    matter(vfile, { strip: true });
  } catch {
    throw new ContentError(file, "front matter", "is not valid YAML");
  }
  const parsed = strategyFrontMatterSchema.safeParse(vfile.data.matter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError(file, issue?.path.join(".") || "front matter", issue?.message ?? "is invalid");
  }
  if (parsed.data.id !== path.basename(absolute, ".md")) throw new ContentError(file, "id", "must match the file name");
  const text = String(vfile.value).replace(/\s+/g, " ").trim();
  if (text.length < 20) throw new ContentError(file, "text", "must say what the suggestion is");
  return { ...parsed.data, text };
}
