import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { ContentError } from "./content-error";
import { resourceSchema, type Resource } from "./resource-schema";

export const resourcesFile = (language: string) => path.join("content/resources", `directory.${language}.yaml`);

/** Reads and validates the resource directory for one language. */
export function loadResources(root: string, language: string): Resource[] {
  const file = resourcesFile(language);
  let data: unknown;
  try {
    data = parse(fs.readFileSync(path.join(root, file), "utf8"));
  } catch {
    throw new ContentError(file, "file", "is not valid YAML");
  }
  const parsed = z.array(resourceSchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [index, ...field] = issue?.path ?? [];
    const name = typeof index === "number" ? ((data as { id?: string }[])[index]?.id ?? `entry ${index}`) : "list";
    throw new ContentError(file, `${name}${field.length ? `.${field.join(".")}` : ""}`, issue?.message ?? "is invalid");
  }
  const ids = new Set<string>();
  for (const resource of parsed.data) {
    if (ids.has(resource.id)) throw new ContentError(file, resource.id, "is listed twice");
    ids.add(resource.id);
  }
  return parsed.data;
}
