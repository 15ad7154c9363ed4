import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { synonymsFileSchema, type SynonymsFile } from "../search/synonyms-schema";
import { ContentError } from "./content-error";

const FILE = "content/search/synonyms.yaml";

/** Reads and validates the search synonyms. */
export function loadSynonyms(root: string): SynonymsFile {
  let data: unknown;
  try {
    data = parse(fs.readFileSync(path.join(root, FILE), "utf8"));
  } catch {
    throw new ContentError(FILE, "file", "is not valid YAML");
  }
  const parsed = synonymsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError(FILE, issue?.path.join(".") || "file", issue?.message ?? "is invalid");
  }
  return parsed.data;
}
