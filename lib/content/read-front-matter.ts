import fs from "node:fs";
import path from "node:path";
import { VFile } from "vfile";
import { matter } from "vfile-matter";
import type { z } from "zod";
import { ContentError } from "./content-error";

export type FrontMatterFile<T> = { file: string; data: T; body: string };

/** Reads a markdown file's front matter and checks it with `schema`; a problem names the file and field. */
export function readFrontMatter<S extends z.ZodType>(root: string, absolute: string, schema: S): FrontMatterFile<z.infer<S>> {
  const file = path.relative(root, absolute);
  const vfile = new VFile({ path: absolute, value: fs.readFileSync(absolute, "utf8") });
  try {
    matter(vfile, { strip: true });
  } catch {
    throw new ContentError(file, "front matter", "is not valid YAML");
  }
  const parsed = schema.safeParse(vfile.data.matter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join(".") : "front matter";
    throw new ContentError(file, field, issue?.message ?? "is invalid");
  }
  return { file, data: parsed.data, body: String(vfile.value) };
}
