import fs from "node:fs";
import path from "node:path";
import { VFile } from "vfile";
import { matter } from "vfile-matter";
import type { z } from "zod";
import { ContentError } from "./content-error";
import { guidanceFrontMatterSchema, type GuidanceFrontMatter, type GuidancePage } from "./guidance-schema";
import { neutralCode } from "./neutral-code";
import { renderMarkdown } from "./render-markdown";

export type LinkTargets = {
  /** Readable paths authors may link to, mapped to the app's neutral paths. */
  pages: Readonly<Record<string, string>>;
  guidePath: (code: string) => string;
};

type Draft = { file: string; slug: string; frontMatter: GuidanceFrontMatter; body: string };

/** Reads, validates and renders every guidance page under `folder` (content/guidance). */
export function loadGuidance(root: string, folder: string, targets: LinkTargets): GuidancePage[] {
  const drafts = listMarkdown(path.join(root, folder)).map((file) => readDraft(root, file));
  const codes = new Map(drafts.map((draft) => [draft.slug, neutralCode("guide", draft.slug)]));
  return drafts.map((draft) => {
    for (const related of draft.frontMatter.related) {
      if (!codes.has(related)) throw new ContentError(draft.file, "related", `names "${related}", which has no page`);
    }
    const rendered = renderMarkdown(draft.body, (href) => resolveLink(draft.file, href, codes, targets));
    const code = codes.get(draft.slug) as string;
    return { ...draft.frontMatter, slug: draft.slug, code, ...rendered, wordCount: rendered.text.split(/\s+/).length };
  });
}

function listMarkdown(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(folder, name));
}

function readDraft(root: string, absolute: string): Draft {
  const file = path.relative(root, absolute);
  const vfile = new VFile({ path: absolute, value: fs.readFileSync(absolute, "utf8") });
  try {
    matter(vfile, { strip: true });
  } catch {
    throw new ContentError(file, "front matter", "is not valid YAML");
  }
  const parsed = guidanceFrontMatterSchema.safeParse(vfile.data.matter);
  if (!parsed.success) throw frontMatterError(file, parsed.error);
  const languageFolder = path.basename(path.dirname(absolute));
  if (parsed.data.language !== languageFolder) {
    throw new ContentError(file, "language", `is "${parsed.data.language}" but the file is in the ${languageFolder}/ folder`);
  }
  return { file, slug: path.basename(absolute, ".md"), frontMatter: parsed.data, body: String(vfile.value) };
}

function frontMatterError(file: string, error: z.ZodError): ContentError {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.join(".") : "front matter";
  return new ContentError(file, field, issue?.message ?? "is invalid");
}

function resolveLink(file: string, href: string, codes: Map<string, string>, targets: LinkTargets): string {
  // The sanitiser has already removed addresses such as javascript: ones.
  if (href === "") throw new ContentError(file, "link", "has an address that is not allowed");
  if (/^(https?:|tel:|sms:|#)/.test(href)) return href;
  const guide = /^\/guide\/([a-z0-9-]+)(#[\w-]+)?$/.exec(href);
  if (guide) {
    const code = codes.get(guide[1] as string);
    if (!code) throw new ContentError(file, "link", `${href} points to a page that does not exist`);
    return targets.guidePath(code) + (guide[2] ?? "");
  }
  const page = targets.pages[href];
  if (page) return page;
  throw new ContentError(file, "link", `${href} is not a page of this app`);
}
