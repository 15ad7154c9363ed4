import { REPLACE_LINKS_SCRIPT } from "./replace-links-script";

export type StaticDocument = { html: string; inlineScripts: string[] };

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SCRIPT_PRELOAD =
  /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/gi;
const NONCE = /\snonce="[^"]*"/gi;
/** Markers of a Suspense boundary still waiting for its content: only Next's scripts would fill it. */
const UNFINISHED = /<!--\$\?-->|<template\b/i;

/**
 * A page as Next rendered it, without React: every script of Next's (bundles, the router's payload)
 * goes, so does every nonce; the inline scripts of our own in `<head>` (the quick exit) stay, and
 * the link script joins them. Null when the page cannot stand without Next's scripts.
 */
export function stripRuntime(rendered: string): StaticDocument | null {
  const headEnd = rendered.indexOf("</head>");
  if (headEnd < 0 || UNFINISHED.test(rendered)) return null;
  const kept: string[] = [];
  const strip = (part: string, inHead: boolean) =>
    part.replace(SCRIPT, (whole, attributes: string, text: string) => {
      const ours = inHead && !/\bsrc=/i.test(attributes) && !/__next|TURBOPACK/.test(text);
      if (!ours) return "";
      kept.push(text);
      return `<script>${text}</script>`;
    });
  const head = strip(rendered.slice(0, headEnd), true);
  const body = strip(rendered.slice(headEnd), false);
  kept.push(REPLACE_LINKS_SCRIPT);
  const html = `${head}<script>${REPLACE_LINKS_SCRIPT}</script>${body}`.replace(SCRIPT_PRELOAD, "").replace(NONCE, "");
  return { html, inlineScripts: kept };
}
