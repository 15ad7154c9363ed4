import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ContentError } from "./content-error";
import { readFrontMatter } from "./read-front-matter";
import type { Strategy } from "../plan/strategy-schema";

/** A strategy in another language: only its words; section, conditions and sources stay in the English file. */
const translationSchema = z.object({ id: z.string(), why: z.string().min(5).max(200).optional() }).strict();

export type StrategyWords = { text: string; why?: string };

/**
 * Reads content/strategies/<language>/*.md. Each must name an English strategy and say why exactly
 * when the English one does; a language folder that is missing is an empty translation.
 */
export function loadStrategyTranslations(
  root: string,
  language: string,
  english: readonly Strategy[],
): Record<string, StrategyWords> {
  const folder = `content/strategies/${language}`;
  const directory = path.join(root, folder);
  if (!fs.existsSync(directory)) return {};
  const byId = new Map(english.map((strategy) => [strategy.id, strategy]));
  const files = fs.readdirSync(directory).filter((name) => name.endsWith(".md")).sort();
  return Object.fromEntries(
    files.map((name) => {
      const { file, data, body } = readFrontMatter(root, path.join(directory, name), translationSchema);
      if (data.id !== path.basename(name, ".md")) throw new ContentError(file, "id", "must match the file name");
      const original = byId.get(data.id);
      if (!original) throw new ContentError(file, "id", "names no strategy in content/strategies");
      if (Boolean(original.why) !== Boolean(data.why))
        throw new ContentError(file, "why", original.why ? "is missing (the English one has it)" : "has none in English");
      const text = body.replace(/\s+/g, " ").trim();
      if (text.length < 20) throw new ContentError(file, "text", "must say what the suggestion is");
      return [data.id, data.why ? { text, why: data.why } : { text }];
    }),
  );
}
