import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { TableOfContentsEntry } from "./guidance-schema";

export type RenderedMarkdown = { html: string; text: string; headings: TableOfContentsEntry[] };

/** Rewrites or rejects a link; a thrown error names the link so the author can fix it. */
export type LinkResolver = (href: string) => string;

/**
 * Markdown to sanitised HTML with ids on headings. Raw HTML in the source is dropped, and every
 * link goes through `resolveLink`, which turns /guide/<slug> into its neutral address.
 */
export function renderMarkdown(markdown: string, resolveLink: LinkResolver): RenderedMarkdown {
  const headings: TableOfContentsEntry[] = [];
  let text = "";
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(rehypeSlug)
    .use(() => (tree: Root) => {
      visit(tree, "element", (node: Element) => {
        if (node.tagName === "h2") headings.push({ id: String(node.properties.id), text: toString(node) });
        if (node.tagName === "a") rewriteLink(node, resolveLink);
      });
      text = blockTexts(tree).join("\n");
    })
    .use(rehypeStringify);
  const html = String(processor.processSync(markdown));
  return { html, text, headings };
}

const BLOCKS = new Set(["p", "li", "h2", "h3", "h4", "td", "th", "blockquote"]);

/** The text of each paragraph, list item and heading on its own line, for search snippets. */
function blockTexts(tree: Root): string[] {
  const lines: string[] = [];
  visit(tree, "element", (node: Element) => {
    if (!BLOCKS.has(node.tagName)) return;
    lines.push(toString(node).replace(/\s+/g, " ").trim());
    return "skip";
  });
  return lines.filter(Boolean);
}

function rewriteLink(node: Element, resolveLink: LinkResolver): void {
  const href = String(node.properties.href ?? "");
  node.properties.href = resolveLink(href);
  if (/^https?:\/\//.test(href)) node.properties.rel = ["noreferrer"];
}
