import fs from "node:fs";
import path from "node:path";
import { ContentError } from "./content-error";
import { guidanceFrontMatterSchema, type GuidanceFrontMatter, type GuidancePage } from "./guidance-schema";
import { neutralCode } from "./neutral-code";
import { readFrontMatter } from "./read-front-matter";
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
  const { file, data, body } = readFrontMatter(root, absolute, guidanceFrontMatterSchema);
  const languageFolder = path.basename(path.dirname(absolute));
  if (data.language !== languageFolder) {
    throw new ContentError(file, "language", `is "${data.language}" but the file is in the ${languageFolder}/ folder`);
  }
  return { file, slug: path.basename(absolute, ".md"), frontMatter: data, body };
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
